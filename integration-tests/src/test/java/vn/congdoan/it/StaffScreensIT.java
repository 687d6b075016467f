package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.it.Forms.choose;
import static vn.congdoan.it.Forms.fill;
import static vn.congdoan.it.Forms.submit;
import static vn.congdoan.it.Platform.Service.FINANCE;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;
import static vn.congdoan.it.Platform.Service.WELFARE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Federation staff's work in the browser: a branch registered (refused first, its fields marked in
 * Vietnamese), a province campaign launched, a branch's budget approved from the list of those
 * waiting, an overdue disclosure seen, and a branch dissolved into another after reading what will
 * happen — its members then on the receiving roster. A branch officer is kept off these pages.
 */
class StaffScreensIT {
  private static final String FROM = "staff-screens-from";
  private static final String INTO = "staff-screens-into";
  private static final String BUDGET = "staff-screens-budget";
  private static final String LATE = "staff-screens-late";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final String SHOWN_TODAY = TODAY.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  private final Platform platform = Platform.shared();
  private final String staff = Platform.token("FEDERATION_STAFF", null);

  private void ok(Http.Response response) {
    assertThat(response.status()).as(response.body()).isBetween(200, 201);
  }

  /** Two branches with members, one with money; one with a budget waiting; one late to publish. */
  private void province() {
    platform.registerBranch(FROM, "Công đoàn Sở Ngoại vụ (màn hình Liên đoàn)", "to-1");
    platform.registerBranch(INTO, "Công đoàn Văn phòng UBND tỉnh (màn hình Liên đoàn)", "to-a");
    platform.registerBranch(BUDGET, "Công đoàn Sở Tư pháp (màn hình Liên đoàn)", "to-1");
    platform.registerBranch(LATE, "Công đoàn Sở Công Thương (màn hình Liên đoàn)", "to-1");
    platform.admit(FROM, "ss-an", "Lê Văn An", "MALE", "to-1");
    platform.admit(FROM, "ss-binh", "Trần Thị Bình", "FEMALE", "to-1");
    platform.admit(INTO, "ss-chi", "Phạm Thị Chi", "FEMALE", "to-a");
    ok(new BranchCalls(platform, FROM).income("Hỗ trợ của cơ quan", 3_000_000, TODAY.toString()));
    ok(
        Http.send(
            "PUT",
            platform.url(
                FINANCE, "/api/branches/" + BUDGET + "/finance/budgets/" + TODAY.getYear()),
            Platform.token("BRANCH_OFFICER", BUDGET),
            Http.json(
                Map.of(
                    "lines", List.of(Map.of("category", "MEMBER_CARE", "amountVnd", 7_500_000)))),
            Map.of()));
    String late = Platform.token("BRANCH_OFFICER", LATE);
    var launched =
        Http.post(
            platform.url(WELFARE, "/api/campaigns"),
            late,
            Campaigns.ofBranch(
                LATE,
                "Mái ấm Công đoàn chậm công khai",
                "Xây nhà cho đoàn viên khó khăn",
                TODAY.minusDays(60).toString()));
    ok(launched);
    String campaign = launched.json().get("campaignId").asText();
    // closed a month ago: its receipts were due within 15 days
    ok(
        Http.post(
            platform.url(WELFARE, "/api/campaigns/" + campaign + "/closing"),
            late,
            Map.of("closedOn", TODAY.minusDays(30).toString())));
  }

  @Test
  void staffRegisterLaunchApproveAndDissolveInTheBrowser() {
    province();
    try (var browser = Browser.desktop()) {
      browser.signIn(platform.gatewayUrl("/"), "Hà Thị Thu", "FEDERATION_STAFF", null);
      browser.driver.get(platform.gatewayUrl("/#/staff/branches"));

      WebElement register =
          browser
              .await()
              .until(d -> d.findElement(By.xpath("//form[.//h2[.='Đăng ký công đoàn cơ sở']]")));
      fill(register, "Mã công đoàn cơ sở", "Sở Khoa học");
      submit(register);
      browser.await().until(d -> Forms.invalid(register, "Tên công đoàn cơ sở"));
      assertThat(Forms.invalid(register, "Mã công đoàn cơ sở")).isTrue();
      assertThat(register.getText())
          .contains("không được để trống")
          .contains("chỉ gồm 2–64 chữ thường không dấu");
      fill(
          register,
          "Tên công đoàn cơ sở",
          "Công đoàn Sở Khoa học và Công nghệ (màn hình Liên đoàn)");
      fill(register, "Mã công đoàn cơ sở", "staff-screens-new");
      fill(register, "Công đoàn cấp trên", "Công đoàn Viên chức tỉnh");
      choose(register, "Khối, loại hình đơn vị", "Cơ quan hành chính nhà nước");
      submit(register);
      browser.await().until(d -> register.getText().contains("Đã đăng ký “Công đoàn Sở Khoa học"));
      browser
          .await()
          .until(
              d ->
                  !d.findElements(By.cssSelector("tr[data-branch='staff-screens-new']")).isEmpty());

      browser.click(By.linkText("Vận động toàn tỉnh"));
      WebElement launch =
          browser
              .await()
              .until(d -> d.findElement(By.xpath("//form[.//h2[contains(., 'Phát động')]]")));
      fill(launch, "Tên cuộc vận động", "Ủng hộ đồng bào vùng sạt lở (màn hình Liên đoàn)");
      fill(launch, "Mục đích", "Hỗ trợ các gia đình bị thiệt hại");
      submit(launch);
      browser
          .await()
          .until(d -> launch.getText().contains("Đã phát động “Ủng hộ đồng bào vùng sạt lở"));
      browser
          .await()
          .until(
              d ->
                  !d.findElements(
                          By.xpath("//td[.='Ủng hộ đồng bào vùng sạt lở (màn hình Liên đoàn)']"))
                      .isEmpty());

      browser.click(By.linkText("Cần xử lý"));
      By waiting = By.cssSelector("[data-slot=budgets] tr[data-branch='" + BUDGET + "']");
      browser.await().until(d -> !d.findElements(waiting).isEmpty());
      assertThat(browser.text(waiting)).contains("7.500.000 đ").contains(SHOWN_TODAY);
      browser.click(
          By.cssSelector(
              "button[aria-label='Duyệt dự toán của Công đoàn Sở Tư pháp (màn hình Liên đoàn)']"));
      WebElement approval =
          browser.await().until(d -> d.findElement(By.cssSelector("dialog[open] form")));
      assertThat(approval.getText()).contains("tổng chi 7.500.000 đ");
      submit(approval);
      browser
          .await()
          .until(
              d ->
                  browser
                      .pageText()
                      .contains(
                          "Đã duyệt dự toán năm " + TODAY.getYear() + " của Công đoàn Sở Tư pháp"));
      browser.await().until(d -> d.findElements(waiting).isEmpty());
      By overdue = By.cssSelector("[data-slot=disclosures] tr");
      browser
          .await()
          .until(
              d ->
                  d.findElements(overdue).stream()
                      .anyMatch(r -> r.getText().contains("Mái ấm Công đoàn chậm công khai")));
      assertThat(browser.pageText())
          .contains("Số tiền đã nhận")
          .contains(TODAY.minusDays(15).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));

      browser.click(By.linkText("Công đoàn cơ sở"));
      browser.click(
          By.cssSelector(
              "button[aria-label='Giải thể Công đoàn Sở Ngoại vụ (màn hình Liên đoàn)']"));
      WebElement dissolve =
          browser
              .await()
              .until(
                  d ->
                      d.findElement(
                          By.xpath(
                              "//section[contains(@class, 'panel') and .//h2[.='Giải thể công đoàn cơ sở']]")));
      browser
          .await()
          .until(
              d ->
                  FROM.equals(
                      Forms.field(dissolve, "Công đoàn cơ sở giải thể").getAttribute("value")));
      choose(
          dissolve,
          "Công đoàn cơ sở nhận đoàn viên",
          "Công đoàn Văn phòng UBND tỉnh (màn hình Liên đoàn)");
      fill(dissolve, "Ngày có hiệu lực", SHOWN_TODAY);
      fill(dissolve, "Căn cứ", "Quyết định sáp nhập số 12/QĐ-LĐLĐ");
      dissolve.findElement(By.xpath(".//button[.='Xem trước']")).click();
      By preview = By.cssSelector("[data-slot=wind-up]");
      browser
          .await()
          .until(
              d ->
                  d.findElement(preview)
                      .getText()
                      .contains(
                          "2 đoàn viên chuyển sang “Công đoàn Văn phòng UBND tỉnh (màn hình Liên đoàn)”"));
      assertThat(browser.text(preview))
          .contains("Số dư 3.000.000 đ được bàn giao cho công đoàn cấp trên");
      dissolve.findElement(By.xpath(".//button[.='Giải thể…']")).click();
      WebElement confirm =
          browser.await().until(d -> d.findElement(By.cssSelector("dialog[open]")));
      assertThat(confirm.getText()).contains("2 đoàn viên chuyển sang").contains("3.000.000 đ");
      confirm.findElement(By.xpath(".//button[.='Xác nhận giải thể']")).click();
      browser
          .await()
          .until(
              d ->
                  dissolve
                      .getText()
                      .contains(
                          "Đã giải thể “Công đoàn Sở Ngoại vụ (màn hình Liên đoàn)” từ ngày "
                              + SHOWN_TODAY
                              + ": 2 đoàn viên đã chuyển sang"));
    }

    var received =
        Http.get(
            platform.url(MEMBERSHIP, "/api/branches/" + INTO + "/members?groupId=" + FROM),
            Platform.token("BRANCH_OFFICER", INTO));
    assertThat(received.status()).as(received.body()).isEqualTo(200);
    assertThat(received.json().get("members").findValuesAsText("memberId"))
        .containsExactlyInAnyOrder("ss-an", "ss-binh");
    var closed = Http.get(platform.url(MEMBERSHIP, "/api/branches/" + FROM), staff);
    assertThat(closed.json().get("dissolvedOn").asText()).isEqualTo(TODAY.toString());
  }

  @Test
  void aBranchOfficerIsKeptOffTheStaffPages() {
    platform.registerBranch(
        "staff-screens-officer", "Công đoàn Sở Nội vụ (màn hình Liên đoàn)", "to-1");
    try (var browser = Browser.desktop()) {
      browser.signIn(
          platform.gatewayUrl("/"), "Đỗ Văn Nam", "BRANCH_OFFICER", "staff-screens-officer");
      browser.driver.get(platform.gatewayUrl("/#/staff/branches"));
      browser
          .await()
          .until(d -> browser.pageText().contains("Trang này không dành cho vai trò của bạn."));
      assertThat(
              browser.driver.findElements(By.xpath("//form[.//h2[.='Đăng ký công đoàn cơ sở']]")))
          .isEmpty();
    }
  }
}
