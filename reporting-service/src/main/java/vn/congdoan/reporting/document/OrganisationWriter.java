package vn.congdoan.reporting.document;

import static vn.congdoan.reporting.document.Wording.count;
import static vn.congdoan.reporting.document.Wording.joined;
import static vn.congdoan.reporting.document.Wording.money;
import static vn.congdoan.reporting.document.Wording.quoted;
import static vn.congdoan.reporting.document.Wording.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.reporting.document.ReportDocument.Block;
import vn.congdoan.reporting.document.ReportDocument.Item;
import vn.congdoan.reporting.document.ReportDocument.Paragraph;
import vn.congdoan.reporting.document.ReportDocument.Subheading;
import vn.congdoan.reporting.query.YearSummary;

/**
 * Section II, parts 4–7: the organisation, women's affairs, inspection, finance. Zeros are written
 * out: "none received" is a finding the report has to state.
 */
final class OrganisationWriter {
  private OrganisationWriter() {}

  static void write(YearReport report, List<Block> out) {
    YearSummary s = report.summary();
    organisation(s, out);
    women(s, out);
    inspection(s, out);
    finance(s, out);
  }

  private static void organisation(YearSummary s, List<Block> out) {
    YearSummary.Members m = s.members();
    out.add(new Subheading("4. Công tác xây dựng tổ chức công đoàn"));
    if (!m.byGroup().isEmpty()) {
      List<String> groups =
          m.byGroup().stream()
              .map(
                  g ->
                      (g.name() == null ? g.groupId() : g.name())
                          + " ("
                          + count(g.total())
                          + " đoàn viên)")
              .toList();
      out.add(
          new Paragraph(
              "Công đoàn có %s tổ công đoàn: %s; Ban Chấp hành công đoàn, các tổ công đoàn duy trì chế độ sinh hoạt định kỳ."
                  .formatted(count(m.groups()), joined(groups, ", "))));
    }
    String moves =
        m.transferredIn() + m.transferredOut() == 0
            ? ""
            : "; tiếp nhận %s đoàn viên chuyển đến, chuyển đi %s đoàn viên"
                .formatted(count(m.transferredIn()), count(m.transferredOut()));
    out.add(
        new Paragraph(
            "Trong năm %d, Công đoàn kết nạp %s đoàn viên mới, giảm %s đoàn viên%s."
                .formatted(s.year(), count(m.joined()), count(m.left()), moves)));
    YearSummary.Ratings r = s.ratings();
    List<String> ratings = new ArrayList<>();
    if (r.branch() != null) {
      ratings.add("Công đoàn cơ sở đạt " + quoted(word(Wording.RATING, r.branch())));
    }
    if (!r.groups().isEmpty()) {
      ratings.add("tổ công đoàn: " + rated(r.groups(), "tổ"));
    }
    if (!r.members().isEmpty()) {
      ratings.add("đoàn viên: " + rated(r.members(), "đồng chí"));
    }
    out.add(
        new Paragraph(
            ratings.isEmpty()
                ? "Chưa ghi nhận kết quả đánh giá, xếp loại năm %d.".formatted(s.year())
                : "Kết quả đánh giá, xếp loại năm %d: %s."
                    .formatted(s.year(), joined(ratings, "; "))));
  }

  private static String rated(Map<String, Long> counts, String unit) {
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (code, n) -> parts.add(count(n) + " " + unit + " " + quoted(word(Wording.RATING, code))));
    return joined(parts, ", ");
  }

  private static void women(YearSummary s, List<Block> out) {
    out.add(new Subheading("5. Công tác nữ công"));
    List<String> gifts = new ArrayList<>();
    gift(s, "WOMENS_DAY_MAR8", "nhân ngày Quốc tế Phụ nữ 08/3", gifts);
    gift(s, "WOMENS_DAY_OCT20", "nhân ngày Phụ nữ Việt Nam 20/10", gifts);
    String occasions = gifts.isEmpty() ? "" : " " + capitalised(joined(gifts, "; ")) + ".";
    out.add(
        new Paragraph(
            "Hiện tại, Công đoàn có %d đồng chí đoàn viên công đoàn là nữ.%s"
                .formatted(s.members().female(), occasions)));
  }

  private static void gift(YearSummary s, String kind, String occasion, List<String> gifts) {
    YearSummary.Grants g = s.welfare().byKind().get(kind);
    if (g != null) {
      gifts.add(
          "%s, Công đoàn đã tặng quà cho %s lượt đoàn viên nữ với số tiền %s"
              .formatted(occasion, count(g.recipients()), money(g.amountVnd())));
    }
  }

  private static void inspection(YearSummary s, List<Block> out) {
    YearSummary.Inspection i = s.inspection();
    out.add(new Subheading("6. Công tác kiểm tra, giám sát"));
    String complaints =
        i.complaintsReceived() == 0
            ? "không nhận được đơn khiếu nại, tố cáo"
            : "nhận được %s đơn khiếu nại, tố cáo, đã giải quyết %s đơn"
                .formatted(count(i.complaintsReceived()), count(i.complaintsResolved()));
    String inspections =
        i.inspections() == 0
            ? "không tiến hành cuộc kiểm tra nào"
            : "tiến hành %s cuộc kiểm tra".formatted(count(i.inspections()));
    String violations =
        i.violationsFound() == 0
            ? "không phát hiện vi phạm"
            : "phát hiện %s vi phạm".formatted(count(i.violationsFound()));
    out.add(
        new Paragraph(
            "Trong năm %d, Ủy ban kiểm tra Công đoàn %s; %s; %s."
                .formatted(s.year(), complaints, inspections, violations)));
  }

  private static void finance(YearSummary s, List<Block> out) {
    YearSummary.Finance f = s.finance();
    out.add(new Subheading("7. Công tác tài chính công đoàn"));
    out.add(
        new Paragraph(
            "Tổng thu trong năm %d: %s, gồm: đoàn phí công đoàn %s; kinh phí công đoàn %s; thu khác %s."
                .formatted(
                    s.year(),
                    money(f.incomeVnd()),
                    money(f.duesVnd()),
                    money(f.unionFundingVnd()),
                    money(f.otherIncomeVnd()))));
    out.add(
        new Paragraph(
            "Tổng chi: %s%s"
                .formatted(money(f.expenseVnd()), f.byCategory().isEmpty() ? "." : ", gồm:")));
    Wording.ordered(f.byCategory(), ExpenseCategory.values())
        .forEach(
            (category, vnd) ->
                out.add(new Item(word(Wording.EXPENSE, category) + ": " + money(vnd))));
    f.corrections()
        .forEach(
            c ->
                out.add(
                    new Paragraph(
                        "Trong chi chăm lo đoàn viên có điều chỉnh giảm chi năm %d (đã quyết toán): thu hồi %s khoản chăm lo ghi nhầm, %s."
                            .formatted(
                                c.correctsYear(), count(c.grants()), money(-c.amountVnd())))));
    out.add(new Paragraph("Nộp công đoàn cấp trên: " + money(f.remittedVnd()) + "."));
    if (f.handedOverVnd() != 0) {
      out.add(
          new Paragraph(
              "Bàn giao tài chính cho công đoàn cấp trên khi giải thể: "
                  + money(f.handedOverVnd())
                  + "."));
    }
    out.add(
        new Paragraph(
            "Tồn (chênh lệch thu, chi trong năm, chưa kể số dư năm trước chuyển sang): "
                + money(f.balanceVnd())
                + "."));
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
