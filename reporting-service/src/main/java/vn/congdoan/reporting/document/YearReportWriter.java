package vn.congdoan.reporting.document;

import static vn.congdoan.reporting.document.Wording.date;
import static vn.congdoan.reporting.document.Wording.joined;
import static vn.congdoan.reporting.document.Wording.placeAndDate;
import static vn.congdoan.reporting.document.Wording.upper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.congdoan.reporting.document.ReportDocument.Block;
import vn.congdoan.reporting.document.ReportDocument.Closing;
import vn.congdoan.reporting.document.ReportDocument.Heading;
import vn.congdoan.reporting.document.ReportDocument.Masthead;
import vn.congdoan.reporting.document.ReportDocument.Paragraph;
import vn.congdoan.reporting.document.ReportDocument.Subheading;
import vn.congdoan.reporting.document.ReportDocument.Title;
import vn.congdoan.reporting.query.YearSummary;

/**
 * Writes the year-end report the way the model report (docs/domain.md, the model case) is laid out:
 * heading block, title, I. general situation, II. results (see {@link ResultsWriter}, {@link
 * OrganisationWriter}), III. shortcomings, IV. next year's priorities, recipients, signature.
 */
public class YearReportWriter {
  private static final String EXECUTIVE_COMMITTEE = "TM. BAN CHẤP HÀNH";
  private static final Map<String, String> AGE_BANDS =
      Map.of(
          "under30", "dưới 30 tuổi",
          "30-39", "từ 30 đến 39 tuổi",
          "40-49", "từ 40 đến 49 tuổi",
          "50-59", "từ 50 đến 59 tuổi",
          "60+", "từ 60 tuổi trở lên");

  private final String place;

  /** {@code place}: the province named in the date line. */
  public YearReportWriter(String place) {
    this.place = place;
  }

  public ReportDocument write(YearReport report) {
    YearSummary s = report.summary();
    int year = s.year();
    List<Block> out = new ArrayList<>();
    out.add(
        new Masthead(
            upper(upperUnion(s)),
            upper(s.name()),
            "Số:        /BC-CĐ",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            placeAndDate(place, report.issuedOn())));
    out.add(
        new Title(
            "BÁO CÁO",
            "Kết quả hoạt động Công đoàn năm " + year + "; nhiệm vụ trọng tâm năm " + (year + 1)));
    generalSituation(s, out);
    out.add(new Heading("II. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NĂM " + year));
    ResultsWriter.write(report, out);
    OrganisationWriter.write(report, out);
    YearReport.Narrative n = report.narrative();
    out.add(new Heading("III. Tồn tại, hạn chế và nguyên nhân"));
    out.add(new Subheading("1. Tồn tại, hạn chế"));
    narrative(n == null ? null : n.shortcomings(), "tồn tại, hạn chế", out);
    out.add(new Subheading("2. Nguyên nhân"));
    narrative(n == null ? null : n.causes(), "nguyên nhân", out);
    out.add(new Heading("IV. NHIỆM VỤ TRỌNG TÂM NĂM " + (year + 1)));
    narrative(n == null ? null : n.priorities(), "nhiệm vụ trọng tâm năm " + (year + 1), out);
    out.add(
        new Paragraph(
            "Trên đây là báo cáo kết quả hoạt động công đoàn năm %d; nhiệm vụ trọng tâm năm %d của %s./."
                .formatted(year, year + 1, s.name())));
    out.add(closing(s, n));
    return new ReportDocument(List.copyOf(out));
  }

  private static void generalSituation(YearSummary s, List<Block> out) {
    YearSummary.Members m = s.members();
    out.add(new Heading("I. TÌNH HÌNH CHUNG"));
    String where = m.groups() > 0 ? " sinh hoạt tại " + m.groups() + " Tổ công đoàn" : "";
    String honorary =
        m.honorary() > 0 ? " Ngoài ra, Công đoàn có " + m.honorary() + " đoàn viên danh dự." : "";
    out.add(
        new Paragraph(
            "%s hiện có %d đoàn viên%s. Trong đó có %d đoàn viên nam, %d đoàn viên nữ.%s%s"
                .formatted(s.name(), m.total(), where, m.male(), m.female(), honorary, ages(m))));
    if (s.dissolvedOn() != null) {
      out.add(
          new Paragraph(
              "Thực hiện chủ trương sắp xếp tổ chức công đoàn, %s đã giải thể từ ngày %s; số liệu trong báo cáo là số liệu đã được ghi nhận đến thời điểm giải thể."
                  .formatted(s.name(), date(s.dissolvedOn()))));
    }
    out.add(
        new Paragraph(
            "Năm %d, dưới sự lãnh đạo, chỉ đạo của %s, cấp ủy và thủ trưởng cơ quan; sự phối hợp của các tổ chức đoàn thể; tập thể cán bộ, công chức, người lao động đã phát huy tinh thần đoàn kết, khắc phục khó khăn, tổ chức thực hiện công tác công đoàn; kết quả được đánh giá trên các mặt công tác như sau:"
                .formatted(s.year(), upperUnion(s))));
  }

  private static String ages(YearSummary.Members m) {
    List<String> bands = new ArrayList<>();
    if (m.ageBands() != null) {
      m.ageBands()
          .forEach(
              (band, n) -> {
                if (n > 0) {
                  bands.add(AGE_BANDS.getOrDefault(band, band) + ": " + n);
                }
              });
    }
    return bands.isEmpty() ? "" : " Về độ tuổi: " + joined(bands, "; ") + ".";
  }

  /** The branch's own text, a paragraph per line; its absence is said, not left blank. */
  static void narrative(String text, String what, List<Block> out) {
    List<String> lines =
        text == null
            ? List.of()
            : Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    if (lines.isEmpty()) {
      out.add(new Paragraph("Chưa ghi nhận nội dung " + what + ".", true));
    }
    lines.forEach(line -> out.add(new Paragraph(line)));
  }

  private static Closing closing(YearSummary s, YearReport.Narrative n) {
    List<String> recipients =
        n == null || n.recipients().isEmpty()
            ? List.of(upperUnion(s) + " (để báo cáo)", "Lưu: VT")
            : n.recipients();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < recipients.size(); i++) {
      String r = recipients.get(i).strip().replaceAll("[;.,]+$", "");
      lines.add("- " + r + (i == recipients.size() - 1 ? "." : ";"));
    }
    String name = n == null || n.signatoryName() == null ? "" : n.signatoryName();
    return new Closing("Nơi nhận:", lines, signatoryTitle(n), name);
  }

  /** The chair signs on behalf of the committee; a vice chair on the chair's behalf too. */
  private static List<String> signatoryTitle(YearReport.Narrative n) {
    String title = n == null || n.signatoryTitle() == null ? "" : n.signatoryTitle().strip();
    List<String> lines = new ArrayList<>();
    Arrays.stream(title.split("\\R"))
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .forEach(l -> lines.add(upper(l)));
    if (lines.isEmpty()) {
      lines.add("CHỦ TỊCH");
    }
    if (lines.get(0).startsWith("PHÓ CHỦ TỊCH")) {
      lines.add(0, "KT. CHỦ TỊCH");
    }
    if (!lines.get(0).startsWith("TM.")) {
      lines.add(0, EXECUTIVE_COMMITTEE);
    }
    return List.copyOf(lines);
  }

  static String upperUnion(YearSummary s) {
    return s.parentUnion() == null || s.parentUnion().isBlank()
        ? "Công đoàn cấp trên"
        : s.parentUnion();
  }
}
