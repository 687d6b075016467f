package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Forms.fill;
import static vn.congdoan.it.Platform.Service.REPORTING;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * An auditor's day in the browser: the history of one branch a page at a time and its CSV export,
 * the branch's report as it stood before its last admission beside today's (and the readings' limit
 * told in words), a replay followed to its comparison, a second one refused while another runs, one
 * cancelled, and the chains verified intact — then one event deleted straight from membership's
 * store and the hole named in words (put back afterwards: the platform is shared). A branch officer
 * is refused the auditor's pages.
 */
class AuditScreensIT {
  private static final String BRANCH = "audit-screens";
  private static final String NAME = "Công đoàn Sở Thông tin và Truyền thông";
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
  private final Platform platform = Platform.shared();
  private final String auditor = Platform.token("AUDITOR", null);

  @Test
  void anAuditorReadsReproducesAndVerifiesTheRecordInTheBrowser() throws Exception {
    platform.registerBranch(BRANCH, NAME, "to-1");
    for (int i = 1; i <= 22; i++) {
      platform.admit(
          BRANCH, "asc-" + i, "Đoàn viên số " + i, i % 2 == 0 ? "MALE" : "FEMALE", "to-1");
    }
    awaitMembers(22);
    // a moment after the 22 admissions and before the 23rd, to the second as the screen takes it
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    Thread.sleep(Duration.between(Instant.now(), before.plusSeconds(1)).toMillis());
    platform.admit(BRANCH, "asc-23", "Đoàn viên số 23", "FEMALE", "to-1");
    awaitMembers(23);
    int recorded = history().size();
    assertThat(recorded).as("registration, group, 23 admissions").isGreaterThanOrEqualTo(25);

    try (var browser = Browser.desktop()) {
      browser.signIn(platform.gatewayUrl("/"), "Kiểm toán viên Hòa", "AUDITOR", null);
      WebElement filter = openForm(browser, "history", "Lọc sự kiện");
      fill(filter, "Công đoàn cơ sở", BRANCH);
      Forms.submit(filter);
      // the live feed may draw the first page again at any time: rows are read again if stale
      var settled = browser.await().ignoring(StaleElementReferenceException.class);
      String newest =
          settled.until(
              d ->
                  rows(browser).size() == 20 && branchesShown(browser).equals(List.of(BRANCH))
                      ? rows(browser).get(0).getAttribute("data-event")
                      : null);
      settled.until(d -> rows(browser).get(0).getText().contains("Kết nạp đoàn viên"));
      assertThat(browser.pageText()).contains(NAME);
      browser.click(By.xpath("//button[.='Trang sau']"));
      browser.await().until(d -> browser.pageText().contains("Trang 2: sự kiện 21–"));
      assertThat(branchesShown(browser)).containsExactly(BRANCH);
      assertThat(rows(browser)).hasSize(Math.min(20, recorded - 20));
      browser.click(By.xpath("//button[.='Trang trước']"));
      settled.until(d -> newest.equals(rows(browser).get(0).getAttribute("data-event")));
      browser.click(By.cssSelector("tr[data-event='" + newest + "'] summary"));
      assertThat(browser.text(By.cssSelector("tr[data-event='" + newest + "'] pre")))
          .contains("asc-23");

      browser.click(By.xpath("//button[.='Tải CSV']"));
      String csv = new String(browser.awaitDownload("audit-events.csv"), StandardCharsets.UTF_8);
      List<CSVRecord> lines = parse(csv);
      assertThat(lines).hasSize(recorded);
      assertThat(lines).allSatisfy(r -> assertThat(r.get("branchId")).isEqualTo(BRANCH));
      assertThat(lines.stream().map(r -> r.get("type")))
          .contains("membership.BranchRegistered", "membership.MemberAdmitted");

      WebElement asOf = openForm(browser, "as-of", "Chọn báo cáo");
      fill(asOf, "Công đoàn cơ sở", BRANCH);
      fill(asOf, "Thời điểm", SHOWN.format(before));
      Forms.submit(asOf);
      browser.awaitFigure("asof.members", "22");
      browser.awaitFigure("now.members", "23");
      assertThat(browser.pageText()).contains("Tại " + SHOWN.format(before).substring(0, 16), "+1");

      // asked again and again, the readings that rebuild the record are refused in words
      By refused = By.cssSelector("form[aria-label='Chọn báo cáo'] .problem");
      for (int i = 0; i < 40 && !browser.driver.findElement(refused).isDisplayed(); i++) {
        Forms.submit(asOf);
        browser
            .await()
            .until(d -> asOf.findElement(By.cssSelector("button[type=submit]")).isEnabled());
      }
      assertThat(browser.text(refused))
          .contains(
              "Các lần xem báo cáo tại một thời điểm chỉ nhận 10 yêu cầu", "Vui lòng thử lại sau");
      browser.awaitFigure("asof.members", "22");

      var checks = new AuditChecks(platform, browser);
      checks.replayFollowedToItsComparison();
      checks.refusedWhileAnotherRuns();
      checks.cancelled();
      checks.chainsVerified(BRANCH);
    }

    try (var officer = Browser.desktop()) {
      officer.signIn(platform.gatewayUrl("/"), "Cán bộ cơ sở", "BRANCH_OFFICER", BRANCH);
      officer.driver.get(platform.gatewayUrl("/#/audit/history"));
      officer
          .await()
          .until(d -> officer.pageText().contains("Trang này không dành cho vai trò của bạn."));
      assertThat(officer.pageText()).doesNotContain("Lịch sử sự kiện");
    }
  }

  /** An audit page once its form, named by {@code label} as a screen reader names it, is drawn. */
  private WebElement openForm(Browser browser, String page, String label) {
    browser.driver.get(platform.gatewayUrl("/#/audit/" + page));
    return browser
        .await()
        .until(d -> d.findElement(By.cssSelector("form[aria-label='" + label + "']")));
  }

  private static List<WebElement> rows(Browser browser) {
    return browser.driver.findElements(By.cssSelector("table.events tbody tr"));
  }

  private static List<String> branchesShown(Browser browser) {
    return rows(browser).stream().map(r -> r.getAttribute("data-branch")).distinct().toList();
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text))
        .getRecords();
  }

  private List<com.fasterxml.jackson.databind.JsonNode> history() {
    var page =
        Http.get(
            platform.url(REPORTING, "/api/audit/events?limit=1000&branchId=" + BRANCH), auditor);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    List<com.fasterxml.jackson.databind.JsonNode> events = new java.util.ArrayList<>();
    page.json().get("events").forEach(events::add);
    return events;
  }

  private void awaitMembers(int count) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              var summary =
                  platform.summary(
                      BRANCH,
                      Instant.now().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).getYear(),
                      auditor);
              assertThat(summary.json().at("/members/total").asInt())
                  .as(summary.body())
                  .isEqualTo(count);
            });
  }
}
