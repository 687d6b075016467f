package vn.congdoan.reporting.document;

import static vn.congdoan.reporting.document.Wording.count;
import static vn.congdoan.reporting.document.Wording.date;
import static vn.congdoan.reporting.document.Wording.joined;
import static vn.congdoan.reporting.document.Wording.money;
import static vn.congdoan.reporting.document.Wording.quoted;
import static vn.congdoan.reporting.document.Wording.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congdoan.membership.api.AchievementKind;
import vn.congdoan.reporting.document.ReportDocument.Block;
import vn.congdoan.reporting.document.ReportDocument.Item;
import vn.congdoan.reporting.document.ReportDocument.Paragraph;
import vn.congdoan.reporting.document.ReportDocument.Subheading;
import vn.congdoan.reporting.query.YearSummary;
import vn.congdoan.welfare.api.GrantKind;

/** Section II, parts 1–3: care and donations, propaganda, emulation and awards. */
final class ResultsWriter {
  /** What part 2 reports; study tours belong to care (part 1), the rest to emulation (part 3). */
  private static final Set<String> PROPAGANDA = Set.of("PROPAGANDA", "CONFERENCE", "MEETING");

  private static final String STUDY_TOUR = "STUDY_TOUR";

  private ResultsWriter() {}

  static void write(YearReport report, List<Block> out) {
    care(report, out);
    propaganda(report, out);
    emulation(report, out);
  }

  private static void care(YearReport report, List<Block> out) {
    YearSummary s = report.summary();
    out.add(
        new Subheading(
            "1. Công tác đại diện, bảo vệ quyền, lợi ích chính đáng và chăm lo đời sống cho cán bộ, công chức, người lao động"));
    List<String> occasions = new ArrayList<>();
    Wording.ordered(s.welfare().byKind(), GrantKind.values())
        .forEach(
            (kind, g) -> {
              var occasion =
                  Wording.WELFARE.getOrDefault(kind, new Wording.Occasion(kind, "người"));
              occasions.add(
                  "%s cho %s lượt %s, số tiền %s"
                      .formatted(
                          occasion.phrase(),
                          count(g.recipients()),
                          occasion.recipient(),
                          money(g.amountVnd())));
            });
    out.add(
        new Paragraph(
            occasions.isEmpty()
                ? "Trong năm, Công đoàn chưa ghi nhận khoản chăm lo, thăm hỏi, tặng quà nào cho đoàn viên"
                    + (s.welfare().corrections().isEmpty()
                        ? "."
                        : "; đã thu hồi các khoản chăm lo ghi nhầm "
                            + corrections(s.welfare())
                            + ".")
                : "Công đoàn phối hợp với Thủ trưởng cơ quan chăm lo đời sống vật chất, tinh thần cho cán bộ, công chức, người lao động. Trong năm, Công đoàn đã "
                    + joined(occasions, "; ")
                    + ". Tổng cộng %s lượt chăm lo với số tiền %s%s."
                        .formatted(
                            count(s.welfare().recipients()),
                            money(given(s.welfare())),
                            corrected(s.welfare()))));
    List<YearReport.Activity> tours = of(report, Set.of(STUDY_TOUR));
    if (!tours.isEmpty()) {
      out.add(new Paragraph("Tổ chức cho đoàn viên tham quan, học tập kinh nghiệm:"));
      tours.forEach(a -> out.add(new Item(activity(a))));
    }
    donations(s.donations(), out);
  }

  /** What the year's own grants gave, before corrections of earlier years. */
  private static long given(YearSummary.Welfare w) {
    return w.amountVnd()
        - w.corrections().stream().mapToLong(c -> c.amountVnd()).reduce(0L, Math::addExact);
  }

  /** The corrections of settled years the year booked, and what remains of its welfare after. */
  private static String corrected(YearSummary.Welfare w) {
    return w.corrections().isEmpty()
        ? ""
        : "; thu hồi các khoản chăm lo ghi nhầm %s, còn %s"
            .formatted(corrections(w), money(w.amountVnd()));
  }

  /** "1.000.000 đồng của năm 2024 (đã quyết toán)", for each year corrected. */
  private static String corrections(YearSummary.Welfare w) {
    return joined(
        w.corrections().stream()
            .map(
                c ->
                    "%s của năm %d (đã quyết toán)"
                        .formatted(money(-c.amountVnd()), c.correctsYear()))
            .toList(),
        ", ");
  }

  private static void donations(YearSummary.Donations d, List<Block> out) {
    if (d.amountVnd() == 0 && d.byCampaign().isEmpty()) {
      out.add(new Paragraph("Trong năm, Công đoàn chưa ghi nhận khoản ủng hộ nào."));
      return;
    }
    List<String> campaigns =
        d.byCampaign().stream()
            .map(
                c ->
                    quoted(c.title() == null ? "cuộc vận động " + c.campaignId() : c.title())
                        + " ("
                        + money(c.amountVnd())
                        + ")")
            .toList();
    out.add(
        new Paragraph(
            "Vận động đoàn viên Công đoàn nêu cao tinh thần tương thân, tương ái, tích cực tham gia ủng hộ, đóng góp khi có các đợt vận động: "
                + joined(campaigns, ", ")
                + " với tổng số tiền "
                + money(d.amountVnd())
                + "."));
  }

  private static void propaganda(YearReport report, List<Block> out) {
    out.add(new Subheading("2. Công tác tuyên truyền, vận động"));
    List<YearReport.Activity> held = of(report, PROPAGANDA);
    if (held.isEmpty()) {
      out.add(new Paragraph("Trong năm, chưa ghi nhận hoạt động tuyên truyền, hội nghị nào."));
      return;
    }
    long participants =
        held.stream().mapToLong(YearReport.Activity::participants).reduce(0L, Math::addExact);
    out.add(
        new Paragraph(
            "Ban Chấp hành Công đoàn đã phối hợp với chuyên môn tổ chức %s hội nghị, buổi tuyên truyền, sinh hoạt với %s lượt người tham gia, gồm:"
                .formatted(count(held.size()), count(participants))));
    held.forEach(a -> out.add(new Item(activity(a))));
  }

  private static void emulation(YearReport report, List<Block> out) {
    out.add(
        new Subheading("3. Phát động, triển khai các phong trào thi đua, công tác khen thưởng"));
    List<YearReport.Activity> movements =
        report.activities().stream()
            .filter(a -> !PROPAGANDA.contains(a.kind()) && !STUDY_TOUR.equals(a.kind()))
            .toList();
    out.add(
        new Paragraph(
            movements.isEmpty()
                ? "Công đoàn động viên đoàn viên tích cực tham gia các phong trào thi đua yêu nước."
                : "Công đoàn động viên đoàn viên tích cực tham gia các phong trào thi đua yêu nước; trong năm đã tổ chức, tham gia %s hoạt động văn hóa, thể thao, tình nguyện:"
                    .formatted(count(movements.size()))));
    movements.forEach(a -> out.add(new Item(activity(a))));
    YearSummary.Awards awards = report.summary().awards();
    if (report.awards().isEmpty()) {
      out.add(new Paragraph("Trong năm %d, chưa ghi nhận khen thưởng.".formatted(report.year())));
    } else {
      out.add(
          new Paragraph(
              "Trong năm %d, Công đoàn và đoàn viên được khen thưởng %s lượt (%s tập thể, %s cá nhân):"
                  .formatted(
                      report.year(),
                      count(awards.total()),
                      count(awards.collective()),
                      count(awards.individual()))));
      report
          .awards()
          .forEach(
              a ->
                  out.add(
                      new Item(
                          a.title()
                              + (a.issuer() == null ? "" : " (" + a.issuer() + ")")
                              + (a.collective() ? " - tập thể" : " - cá nhân"))));
    }
    achievements(report, out);
  }

  private static void achievements(YearReport report, List<Block> out) {
    Map<String, Long> byKind = report.summary().achievements().byKind();
    List<String> done = new ArrayList<>();
    // The API's order of kinds is the model's: doctorate, senior specialist, political theory.
    Wording.ordered(byKind, AchievementKind.values())
        .forEach(
            (kind, n) -> {
              if (n > 0) {
                done.add(count(n) + " đồng chí " + word(Wording.ACHIEVEMENT, kind));
              }
            });
    if (!done.isEmpty()) {
      out.add(
          new Paragraph(
              "Phong trào học tập nâng cao trình độ được đoàn viên công đoàn tích cực tham gia. Trong năm %d, có %s."
                  .formatted(report.year(), joined(done, ", "))));
    }
  }

  private static List<YearReport.Activity> of(YearReport report, Set<String> kinds) {
    return report.activities().stream().filter(a -> kinds.contains(a.kind())).toList();
  }

  private static String activity(YearReport.Activity a) {
    return "%s (%s, ngày %s, %s người tham gia)"
        .formatted(
            a.title(), word(Wording.ACTIVITY, a.kind()), date(a.heldOn()), count(a.participants()));
  }
}
