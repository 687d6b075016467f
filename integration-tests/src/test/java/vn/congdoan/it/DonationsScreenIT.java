package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.it.Forms.choose;
import static vn.congdoan.it.Forms.field;
import static vn.congdoan.it.Forms.fill;
import static vn.congdoan.it.Forms.section;
import static vn.congdoan.it.Forms.submit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Donations in the browser: the branch gives to the province's campaign, launches its own (refused
 * first without a title), collects a member's gift, hands the money over with the amount held
 * filled in, closes the collection and sees the disclosure it now owes.
 */
class DonationsScreenIT {
  private static final String BRANCH = "donations-screen";
  private static final String TODAY =
      LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
          .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  private final Platform platform = Platform.shared();

  @Test
  void anOfficerCollectsAndHandsOverInTheBrowser() {
    platform.registerBranch(BRANCH, "Công đoàn Sở Văn hóa, Thể thao và Du lịch", "to-1");
    platform.admit(BRANCH, "ds-lan", "Đào Thị Lan", "FEMALE", "to-1");
    var province =
        Http.post(
            platform.url(Platform.Service.WELFARE, "/api/campaigns"),
            Platform.token("FEDERATION_STAFF", null),
            Map.of(
                "title",
                "Ủng hộ đồng bào vùng lũ " + BRANCH,
                "scope",
                "PROVINCE",
                "purpose",
                "Hỗ trợ đồng bào bị thiệt hại do lũ",
                "opensOn",
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString()));
    assertThat(province.status()).as(province.body()).isEqualTo(201);

    try (var browser = Browser.desktop()) {
      browser.signIn(platform.gatewayUrl("/"), "Đào Thị Lan", "BRANCH_OFFICER", BRANCH);
      browser.driver.get(platform.gatewayUrl("/#/branch/" + BRANCH + "/donations"));
      browser.click(
          By.cssSelector("button[aria-label='Mở Ủng hộ đồng bào vùng lũ " + BRANCH + "']"));
      browser.awaitFigure("campaign.collected", "0 đ");
      WebElement giving = section(browser.driver, "Ghi nhận đóng góp");
      fill(giving, "Số tiền", "1.000.000");
      fill(giving, "Ngày nhận", TODAY);
      submit(giving);
      browser.await().until(d -> giving.getText().contains("Đã ghi nhận đóng góp 1.000.000 đ."));
      browser.awaitFigure("campaign.collected", "1.000.000 đ");

      WebElement launch =
          browser.driver.findElement(By.xpath("//form[.//h2[contains(., 'Phát động')]]"));
      fill(launch, "Mục đích", "Giúp gia đình đoàn viên gặp khó khăn");
      submit(launch);
      browser.await().until(d -> Forms.invalid(launch, "Tên cuộc vận động"));
      assertThat(launch.getText()).contains("không được để trống");
      fill(launch, "Tên cuộc vận động", "Tương thân tương ái");
      submit(launch);
      browser.await().until(d -> launch.getText().contains("Đã phát động “Tương thân tương ái”."));

      browser.click(By.cssSelector("button[aria-label='Mở Tương thân tương ái']"));
      browser.await().until(d -> browser.pageText().contains("Chuyển tiền cho nơi nhận"));
      WebElement gift = section(browser.driver, "Ghi nhận đóng góp");
      choose(gift, "Người đóng góp", "Đào Thị Lan");
      fill(gift, "Số tiền", "200000");
      submit(gift);
      browser.await().until(d -> gift.getText().contains("Đã ghi nhận đóng góp 200.000 đ."));

      WebElement handOver = section(browser.driver, "Chuyển tiền");
      browser
          .await()
          .until(d -> "200.000".equals(field(handOver, "Số tiền").getAttribute("value")));
      fill(handOver, "Nơi nhận", "Gia đình chị Đào Thị Lan");
      submit(handOver);
      browser.await().until(d -> handOver.getText().contains("Đã ghi chuyển 200.000 đ"));

      WebElement closing = section(browser.driver, "Kết thúc");
      submit(closing);
      // Closed, the campaign is marked so and its closing no longer offered.
      browser.await().until(d -> browser.pageText().contains("(đã kết thúc)"));
      browser.await().until(d -> !closing.isDisplayed());
      browser
          .await()
          .until(d -> browser.pageText().contains("Công khai số đã nhận: Phải công khai"));
    }
  }
}
