package vn.congdoan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.query.EventMother;
import vn.congdoan.welfare.api.GrantKind;

/**
 * {@code ?asOf}: a branch's year as the record stood at an instant, so an auditor can reproduce the
 * report printed that day; a correction recorded later is left out.
 */
class PointInTimeApiTest {
  private static final String BRANCH = "so-tai-chinh";
  private static final String SUMMARY = "/api/reports/branches/" + BRANCH + "/years/2024";
  private static ReportingApp reporting;
  private static Instant registered;
  private static Instant granted;
  private static Instant reversed;

  @BeforeAll
  static void start() {
    var events = new EventMother();
    var welfare = events.welfare();
    // made in the order they happen: each delivery is stamped a second after the one before
    Delivery branch = events.branchRegistered(BRANCH, "Công đoàn cơ sở Sở Tài chính");
    Delivery group = events.groupAdded(BRANCH, "to-1", "Tổ Ngân sách");
    Delivery member =
        events.memberAdmitted(
            BRANCH, "thuy", "Lê Thị Thủy", Gender.FEMALE, "to-1", LocalDate.of(2020, 2, 1));
    Delivery grant =
        welfare.grant(
            BRANCH, "tham-om-1", GrantKind.SICKNESS_VISIT, LocalDate.of(2024, 7, 7), 1, 1_250_000);
    Delivery reversal = welfare.grantReversed(BRANCH, "tham-om-1", LocalDate.of(2024, 7, 20));
    List<Delivery> history = List.of(branch, group, member, grant, reversal);
    registered = branch.envelope().timestamp();
    granted = grant.envelope().timestamp();
    reversed = reversal.envelope().timestamp();
    reporting = new ReportingApp(history, "--platform.audit.rate-limit.requests=10000");
  }

  @AfterAll
  static void stop() {
    reporting.close();
  }

  private static ApiClient.Response summary(String query) {
    return reporting.api.get(SUMMARY + query, reporting.api.token("AUDITOR", null));
  }

  @Test
  void theSummaryAsOfAnInstantCountsWhatWasRecordedByThenAndNotTheLaterCorrection() {
    var before = summary("?asOf=" + reversed.minusMillis(1));
    var after = summary("?asOf=" + reversed);

    assertThat(before.status()).isEqualTo(200);
    assertThat(before.json().at("/welfare/amountVnd").asLong()).isEqualTo(1_250_000);
    assertThat(before.json().at("/members/female").asInt()).isEqualTo(1);
    assertThat(after.json().at("/welfare/amountVnd").asLong()).isZero();
    assertThat(summary("").json().at("/welfare/amountVnd").asLong()).isZero();
    assertThat(summary("?asOf=" + granted.minusMillis(1)).json().at("/welfare/grants").asInt())
        .isZero();
  }

  @Test
  void beforeTheBranchWasRegisteredThereIsNothingToReport() {
    assertThat(summary("?asOf=" + registered.minusSeconds(1)).status()).isEqualTo(404);
  }

  @Test
  void anInstantThatIsNoInstantIsABadRequest() {
    var response = summary("?asOf=yesterday");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void theReportDocumentAsOfAnInstantShowsTheFiguresOfThatDay() throws Exception {
    String before = docx("?format=docx&asOf=" + reversed.minusMillis(1));
    String after = docx("?format=docx&asOf=" + reversed);

    assertThat(before).contains("1.250.000");
    assertThat(after).doesNotContain("1.250.000");
  }

  private static String docx(String query) throws Exception {
    var response =
        reporting.api.download(
            SUMMARY + "/document" + query, reporting.api.token("AUDITOR", null), null);
    assertThat(response.statusCode()).isEqualTo(200);
    try (var doc = new XWPFDocument(new ByteArrayInputStream(response.body()));
        var text = new XWPFWordExtractor(doc)) {
      return text.getText();
    }
  }
}
