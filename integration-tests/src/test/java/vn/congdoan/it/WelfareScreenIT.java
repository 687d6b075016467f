package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Forms.choose;
import static vn.congdoan.it.Forms.fill;
import static vn.congdoan.it.Forms.submit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Welfare in the browser: a sickness visit to one member picked from the roster, refused first for
 * an amount no branch spends; the 8/3 gift to every woman, filled in by the occasion; the visit
 * reversed with its reason — and the year's figures follow.
 */
class WelfareScreenIT {
  private static final String BRANCH = "welfare-screen";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final int YEAR = TODAY.getYear();
  private final Platform platform = Platform.shared();

  @Test
  void anOfficerGivesAndReversesInTheBrowser() {
    platform.registerBranch(BRANCH, "Công đoàn Sở Giao thông Vận tải", "to-1");
    platform.admit(BRANCH, "ws-hoa", "Trần Thị Hoa", "FEMALE", "to-1");
    platform.admit(BRANCH, "ws-mai", "Lê Thị Mai", "FEMALE", "to-1");
    platform.admit(BRANCH, "ws-tuan", "Phạm Anh Tuấn", "MALE", "to-1");
    platform.awaitWelfareMembers(BRANCH, 3);
    String today = TODAY.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    try (var browser = Browser.desktop()) {
      browser.signIn(platform.gatewayUrl("/"), "Trần Thị Hoa", "BRANCH_OFFICER", BRANCH);
      browser.driver.get(platform.gatewayUrl("/#/branch/" + BRANCH + "/welfare"));
      WebElement form = browser.await().until(d -> d.findElement(By.cssSelector("form")));

      choose(form, "Nội dung", "Ốm đau");
      fill(form, "Ngày chi", today);
      fill(form, "Thêm người nhận", "tuan");
      browser.click(By.xpath("//ul[@class='picks']//button[contains(., 'Phạm Anh Tuấn')]"));
      fill(form, "Số tiền mỗi người", "2.000.000.000.000");
      submit(form);
      browser.await().until(d -> Forms.invalid(form, "Số tiền mỗi người"));
      // Alpine's x-show reveals the summary on the next animation frame, after the field's mark
      browser.await().until(d -> form.getText().contains("Vui lòng sửa các ô được đánh dấu."));
      assertThat(form.getText()).contains("phải từ 1 đến 1.000.000.000.000 đồng");
      assertThat(grants()).as("a refusal records nothing").isZero();

      fill(form, "Số tiền mỗi người", "500000");
      submit(form);
      browser
          .await()
          .until(d -> form.getText().contains("Đã ghi Ốm đau: 1 người nhận, 500.000 đ."));

      browser.click(By.xpath("//button[contains(., '8/3 — đoàn viên nữ')]"));
      // the picks are named once the helper's list has come back from the roster
      browser
          .await()
          .until(
              d ->
                  form.getText().contains("2 người nhận")
                      && form.getText().contains("Trần Thị Hoa")
                      && form.getText().contains("Lê Thị Mai"));
      fill(form, "Ngày chi", today); // 8 March may lie ahead: the gift is recorded as given today
      fill(form, "Số tiền mỗi người", "300.000");
      submit(form);
      browser.await().until(d -> form.getText().contains("2 người nhận, 600.000 đ."));
      browser.await().until(d -> d.findElements(By.cssSelector("tr[data-grant]")).size() == 2);

      browser.click(By.cssSelector("button[aria-label^='Thu hồi Ốm đau']"));
      WebElement reversal =
          browser.await().until(d -> d.findElement(By.cssSelector("dialog[open] form")));
      reversal.findElement(By.cssSelector("button[type=submit]")).click();
      browser.await().until(d -> reversal.getText().contains("không được để trống"));
      fill(reversal, "Lý do thu hồi", "Ghi nhầm người nhận");
      reversal.findElement(By.cssSelector("button[type=submit]")).click();
      browser.await().until(d -> reversal.getText().contains("Đã thu hồi khoản chi"));
      browser.await().until(d -> browser.pageText().contains("Đã thu hồi " + today));
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              var summary =
                  platform.summary(BRANCH, YEAR, Platform.token("FEDERATION_STAFF", null));
              assertThat(summary.json().at("/welfare/amountVnd").asLong()).isEqualTo(600_000);
              assertThat(summary.json().at("/welfare/byKind/WOMENS_DAY_MAR8/recipients").asInt())
                  .isEqualTo(2);
            });
  }

  private int grants() {
    var r =
        Http.get(
            platform.url(
                Platform.Service.REPORTING,
                "/api/reports/branches/" + BRANCH + "/years/" + YEAR + "/grants"),
            Platform.token("BRANCH_OFFICER", BRANCH));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().size();
  }
}
