package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.it.Platform.Service.REPORTING;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The auditor's two checks as AuditScreensIT drives them in the browser: replays (followed to their
 * comparison, refused while another runs, cancelled) and the chains' verification (intact, then
 * broken by an event deleted from membership's store and put back).
 */
final class AuditChecks {
  private static final By START = By.xpath("//button[.='Bắt đầu dựng lại']");
  private static final By CANCEL = By.xpath("//button[.='Hủy lượt dựng lại']");
  private static final By REPLAY = By.cssSelector("section.replay");
  private static final By PROBLEM = By.cssSelector("form[aria-label='Bắt đầu dựng lại'] .problem");
  private static final By RECHECK =
      By.cssSelector("button[aria-label='Kiểm tra lại dịch vụ Đoàn viên']");

  private final Platform platform;
  private final Browser browser;
  private final String auditor = Platform.token("AUDITOR", null);

  AuditChecks(Platform platform, Browser browser) {
    this.platform = platform;
    this.browser = browser;
  }

  private String replayShown(String attribute) {
    return browser.driver.findElement(REPLAY).getAttribute(attribute);
  }

  private void awaitEnded() {
    browser
        .await()
        .withTimeout(Duration.ofMinutes(2))
        .until(
            d -> {
              // null while a new replay's first reading is on its way: not ended, not yet begun
              String state = replayShown("data-state");
              return state != null && !"RUNNING".equals(state);
            });
  }

  /** A replay of everything, its progress bar full once done, and its comparison in words. */
  void replayFollowedToItsComparison() {
    browser.driver.get(platform.gatewayUrl("/#/audit/replays"));
    browser.await().until(d -> !d.findElements(REPLAY).isEmpty());
    String before = replayShown("data-replay");
    browser.click(START);
    browser
        .await()
        .until(
            d ->
                replayShown("data-state") != null
                    && !java.util.Objects.equals(replayShown("data-replay"), before));
    awaitEnded();
    WebElement replay = browser.driver.findElement(REPLAY);
    assertThat(replay.getAttribute("data-state")).isEqualTo("DONE");
    WebElement bar = replay.findElement(By.tagName("progress"));
    assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max"));
    assertThat(replay.getText())
        .containsPattern("Đã đọc [\\d.]+ / [\\d.]+ sự kiện\\.")
        .contains("Kết quả so sánh", "Nhật ký kiểm toán", "Công đoàn cơ sở")
        .containsPattern("Khớp hoàn toàn|Có khác biệt ở");
  }

  /**
   * Another replay, started outside the browser, is running when the auditor asks for one. One of
   * everything takes seconds; should the other end before the click lands, the browser's own runs
   * to its end and the attempt is made again.
   */
  void refusedWhileAnotherRuns() {
    for (int attempt = 1; ; attempt++) {
      var other = Http.post(platform.url(REPORTING, "/api/audit/replays"), auditor, Map.of());
      assertThat(other.status()).as(other.body()).isEqualTo(202);
      String before = replayShown("data-replay");
      browser.click(START);
      browser
          .await()
          .until(
              d ->
                  d.findElement(PROBLEM).isDisplayed()
                      || !before.equals(replayShown("data-replay")));
      String id = other.json().get("replayId").asText();
      Http.send(
          "DELETE", platform.url(REPORTING, "/api/audit/replays/" + id), auditor, null, Map.of());
      if (browser.driver.findElement(PROBLEM).isDisplayed()) {
        assertThat(browser.text(PROBLEM)).contains("mỗi lúc chỉ chạy được một lượt");
        return;
      }
      assertThat(attempt).as("another replay still ran on one of three attempts").isLessThan(3);
      awaitEnded();
    }
  }

  /** The auditor's own replay cancelled while it runs; retried if it was done before the click. */
  void cancelled() {
    for (int attempt = 1; ; attempt++) {
      String before = replayShown("data-replay");
      browser.click(START);
      browser.await().until(d -> !before.equals(replayShown("data-replay")));
      List<WebElement> cancel = browser.driver.findElements(CANCEL);
      if (!cancel.isEmpty() && cancel.get(0).isDisplayed()) {
        cancel.get(0).click();
      }
      awaitEnded();
      if ("CANCELLED".equals(replayShown("data-state"))) {
        assertThat(browser.pageText()).contains("Đã hủy lượt dựng lại.", ": Đã hủy");
        return;
      }
      assertThat(attempt)
          .as("a replay still ran when cancelled on one of three attempts")
          .isLessThan(3);
    }
  }

  /** Every service intact, then the branch's event number 1 deleted and the hole named in words. */
  void chainsVerified(String branch) {
    browser.driver.get(platform.gatewayUrl("/#/audit/verification"));
    WebElement membership =
        browser.await().until(d -> d.findElement(By.cssSelector("[data-service=membership]")));
    for (String service : List.of("membership", "welfare", "finance")) {
      By intact = By.cssSelector("[data-service=" + service + "][data-intact=true]");
      browser
          .await()
          .withTimeout(Duration.ofMinutes(1))
          .until(d -> !d.findElements(intact).isEmpty());
    }
    assertThat(membership.getText()).contains("Nguyên vẹn", "sự kiện trong");
    try (var client = MongoClients.create(platform.mongo.connectionString())) {
      var events = client.getDatabase("membership").getCollection("domainevents");
      Document group = events.find(Filters.eq("_id", branch + ":1")).first();
      events.deleteOne(Filters.eq("_id", branch + ":1"));
      try {
        browser.click(RECHECK);
        browser
            .await()
            .withTimeout(Duration.ofMinutes(1))
            .until(d -> "false".equals(membership.getAttribute("data-intact")));
        assertThat(membership.getText()).contains("Bị phá vỡ");
        assertThat(membership.findElement(By.cssSelector("[data-slot=first-broken]")).getText())
            .isEqualTo(
                "Chỗ hỏng đầu tiên: Sự kiện số 1 của công đoàn «"
                    + branch
                    + "» bị thiếu: nó đã bị xóa khỏi kho.");
      } finally {
        events.insertOne(group);
      }
    }
    browser.click(RECHECK);
    browser
        .await()
        .withTimeout(Duration.ofMinutes(1))
        .until(d -> "true".equals(membership.getAttribute("data-intact")));
  }
}
