package vn.congdoan.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.Signatory;
import vn.congdoan.reporting.document.ReportDocument.Closing;
import vn.congdoan.reporting.document.ReportDocument.Paragraph;
import vn.congdoan.reporting.query.EventMother;
import vn.congdoan.welfare.api.GrantKind;

/** What the report says where the year left little on record. */
class YearReportWriterTest {
  private static final String BRANCH = "so-y-te";
  private final ReportFixture fixture = new ReportFixture();
  private final EventMother events = new EventMother();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void withoutANarrativeTheReportSaysSoInItalicsAndTheChairSignsForTheCommittee() {
    fixture.model.apply(events.branchRegistered(BRANCH, "Công đoàn cơ sở Sở Y tế"));

    ReportDocument document = fixture.document(BRANCH, 2024);

    assertThat(italics(document))
        .containsExactly(
            "Chưa ghi nhận nội dung tồn tại, hạn chế.",
            "Chưa ghi nhận nội dung nguyên nhân.",
            "Chưa ghi nhận nội dung nhiệm vụ trọng tâm năm 2025.");
    assertThat(text(document))
        .contains("Công đoàn cơ sở Sở Y tế hiện có 0 đoàn viên. Trong đó có 0 đoàn viên nam")
        .contains("chưa ghi nhận khoản ủng hộ nào")
        .contains("không nhận được đơn khiếu nại, tố cáo; không tiến hành cuộc kiểm tra nào")
        .contains("Tổng thu trong năm 2024: 0 đồng")
        .contains("Chưa ghi nhận kết quả đánh giá, xếp loại năm 2024.")
        .doesNotContain("giải thể");
    Closing closing = closing(document);
    assertThat(closing.recipients())
        .containsExactly("- Công đoàn Viên chức tỉnh (để báo cáo);", "- Lưu: VT.");
    assertThat(closing.signatoryTitle()).containsExactly("TM. BAN CHẤP HÀNH", "CHỦ TỊCH");
  }

  @Test
  void theDissolutionYearsReportCountsWhoWasOnTheRollWhenTheBranchClosed() {
    LocalDate june1 = LocalDate.of(2025, 6, 1);
    fixture.model.apply(
        events.branchRegistered(BRANCH, "Công đoàn cơ sở Sở Y tế"),
        events.groupAdded(BRANCH, "to-1", "Tổ Điều dưỡng"),
        events.memberAdmitted(
            BRANCH, "lan", "Trần Thị Lan", Gender.FEMALE, "to-1", LocalDate.of(2020, 1, 1)),
        events.memberAdmitted(
            BRANCH, "hai", "Lê Văn Hải", Gender.MALE, "to-1", LocalDate.of(2021, 1, 1)),
        events.woundUp(BRANCH, "lan", june1),
        events.woundUp(BRANCH, "hai", june1),
        events.branchDissolved(BRANCH, june1));

    assertThat(text(fixture.document(BRANCH, 2025)))
        .contains("Công đoàn cơ sở Sở Y tế hiện có 2 đoàn viên sinh hoạt tại 1 Tổ công đoàn.")
        .contains("Trong đó có 1 đoàn viên nam, 1 đoàn viên nữ.")
        .contains("đã giải thể từ ngày 01/06/2025");
  }

  @Test
  void aReversalBookedAfterItsYearWasSettledIsToldAsACorrectionInWelfareAndFinance() {
    var finance = events.finance();
    var welfare = events.welfare();
    LocalDate visit = LocalDate.of(2024, 11, 5);
    LocalDate reversed = LocalDate.of(2025, 2, 3);
    fixture.model.apply(
        events.branchRegistered(BRANCH, "Công đoàn cơ sở Sở Y tế"),
        welfare.grant(BRANCH, "om-2024", GrantKind.SICKNESS_VISIT, visit, 1, 500_000),
        finance.grantExpense(BRANCH, "om-2024", 500_000, visit),
        welfare.grant(BRANCH, "tet-2025", GrantKind.TET, LocalDate.of(2025, 1, 20), 4, 300_000),
        finance.grantExpense(BRANCH, "tet-2025", 1_200_000, LocalDate.of(2025, 1, 20)),
        welfare.grantReversed(BRANCH, "om-2024", reversed),
        finance.grantExpenseReversed(BRANCH, "om-2024", 500_000, reversed, reversed, 2024));

    assertThat(text(fixture.document(BRANCH, 2025)))
        .contains(
            "Tổng cộng 04 lượt chăm lo với số tiền 1.200.000 đồng; thu hồi các khoản chăm lo ghi"
                + " nhầm 500.000 đồng của năm 2024 (đã quyết toán), còn 700.000 đồng.")
        .contains(
            "Trong chi chăm lo đoàn viên có điều chỉnh giảm chi năm 2024 (đã quyết toán): thu hồi"
                + " 01 khoản chăm lo ghi nhầm, 500.000 đồng.");
    assertThat(text(fixture.document(BRANCH, 2024)))
        .contains("với số tiền 500.000 đồng.")
        .doesNotContain("thu hồi");
  }

  @Test
  void complaintsAndViolationsAreCountedAndAViceChairSignsForTheChair() {
    var records = events.records();
    fixture.model.apply(
        events.branchRegistered(BRANCH, "Công đoàn cơ sở Sở Y tế"),
        events.groupAdded(BRANCH, "to-1", "Tổ Điều dưỡng"),
        events.memberAdmitted(
            BRANCH, "lan", "Trần Thị Lan", Gender.FEMALE, "to-1", LocalDate.of(2020, 1, 1)),
        records.complaintReceived(BRANCH, "don-1", LocalDate.of(2024, 4, 1)),
        records.complaintReceived(BRANCH, "don-2", LocalDate.of(2024, 5, 1)),
        records.complaintResolved(BRANCH, "don-1", LocalDate.of(2024, 6, 1)),
        records.inspection(BRANCH, "kt-1", LocalDate.of(2024, 5, 6), 3),
        records.narrative(
            BRANCH,
            2024,
            "Hạn chế thứ nhất.\r\n  \r\nHạn chế thứ hai.",
            null,
            "Nhiệm vụ một.",
            List.of(),
            new Signatory("Phó Chủ tịch", "Trần Thị Lan")));

    ReportDocument document = fixture.document(BRANCH, 2024);

    assertThat(text(document))
        .contains("hiện có 1 đoàn viên sinh hoạt tại 1 Tổ công đoàn.")
        .contains(
            "nhận được 02 đơn khiếu nại, tố cáo, đã giải quyết 01 đơn; tiến hành 01 cuộc kiểm"
                + " tra; phát hiện 03 vi phạm.")
        .contains("Hạn chế thứ nhất.\nHạn chế thứ hai.\n2. Nguyên nhân");
    assertThat(italics(document)).containsExactly("Chưa ghi nhận nội dung nguyên nhân.");
    assertThat(closing(document).signatoryTitle())
        .containsExactly("TM. BAN CHẤP HÀNH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
    assertThat(closing(document).name()).isEqualTo("Trần Thị Lan");
  }

  private static List<String> italics(ReportDocument document) {
    return document.blocks().stream()
        .filter(b -> b instanceof Paragraph p && p.italic())
        .map(b -> ((Paragraph) b).text())
        .toList();
  }

  /** Every block's text, a line each, as a reader meets them. */
  private static String text(ReportDocument document) {
    StringBuilder text = new StringBuilder();
    for (var block : document.blocks()) {
      if (block instanceof Paragraph p) {
        text.append(p.text());
      } else if (block instanceof ReportDocument.Heading h) {
        text.append(h.text());
      } else if (block instanceof ReportDocument.Subheading h) {
        text.append(h.text());
      } else if (block instanceof ReportDocument.Item i) {
        text.append("- ").append(i.text());
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static Closing closing(ReportDocument document) {
    return (Closing) document.blocks().get(document.blocks().size() - 1);
  }
}
