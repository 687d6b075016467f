package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.it.Platform.Service.FINANCE;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;
import static vn.congdoan.it.Platform.Service.WELFARE;

import java.time.Year;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.congdoan.demo.ModelBranchDemo;
import vn.congdoan.demo.Services;

/**
 * The live dashboards in a real headless Chromium against the whole platform: what federation staff
 * and a branch officer see, that figures move without a reload, and that a phone can read them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {
  private static final String MODEL = ModelBranchDemo.BRANCH_ID;
  private static final int MODEL_YEAR = 2024;
  private static final int THIS_YEAR = Year.now().getValue();

  private static CompletableFuture<Void> modelBranch;

  private final Platform platform = Platform.shared();

  /**
   * The model branch takes 15–30 s to record; the tests that do not need it run meanwhile, and
   * those that do wait for it.
   */
  @BeforeAll
  static void startLoadingTheModelBranch() {
    Platform platform = Platform.shared();
    var services =
        new Services(
            platform.url(MEMBERSHIP, ""), platform.url(WELFARE, ""), platform.url(FINANCE, ""));
    modelBranch = CompletableFuture.runAsync(() -> ModelBranchDemo.load(services));
  }

  private static void awaitModelBranch() {
    try {
      modelBranch.get(90, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("the model branch did not load", e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("the model branch did not load in 90 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The next test class must not find the model branch half-recorded by this one. */
  @AfterAll
  static void finishLoadingTheModelBranch() {
    modelBranch.handle((done, failure) -> null).join();
  }

  private String dashboard() {
    return platform.gatewayUrl("/");
  }

  @Test
  @Order(3)
  void theProvinceViewShowsTheModelBranchAndOpensIt() {
    awaitModelBranch();
    try (var browser = Browser.desktop()) {
      browser.signIn(dashboard(), "Nguyễn Thị Lan", "FEDERATION_STAFF", null);
      browser.selectYear(MODEL_YEAR);
      browser.awaitFigure("branch." + MODEL + ".members", "46");
      // Other tests' branches count in the province too: the model branch is at least part of it.
      assertThat(number(browser.text(Browser.figure("members.total")))).isGreaterThanOrEqualTo(46);
      assertThat(number(browser.text(Browser.figure("donations.amountVnd"))))
          .isGreaterThanOrEqualTo(136_225_000L);
      assertThat(browser.pageText()).contains("Đoàn viên theo giới tính", "Công đoàn cơ sở");

      browser.click(By.cssSelector("a[data-branch='" + MODEL + "']"));
      browser.awaitFigure("members.total", "46");
      assertThat(browser.text(By.cssSelector("h1"))).isEqualTo(ModelBranchDemo.NAME);
      assertThat(browser.text(Browser.figure("members.male"))).isEqualTo("30");
      assertThat(browser.text(Browser.figure("members.female"))).isEqualTo("16");
      assertThat(browser.text(Browser.figure("donations.amountVnd"))).isEqualTo("136.225.000 đ");
      assertThat(browser.driver.getCurrentUrl()).endsWith("#/branch/" + MODEL + "?year=2024");

      // The document needs the bearer token, so the page fetches it and saves the blob itself,
      // under the name the server gave it.
      browser.click(By.cssSelector("[data-action=pdf]"));
      byte[] pdf = browser.awaitDownload("bao-cao-" + MODEL + "-2024.pdf");
      assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
          .isEqualTo("%PDF-");
    }
  }

  @Test
  @Order(2)
  void anAdmissionShowsUpWithoutReloadingThePage() {
    String branch = "dash-live";
    platform.registerBranch(branch, "Công đoàn Sở Thông tin và Truyền thông", "to-1");
    platform.admit(branch, "dash-live-m1", "Trần Thị Mai", "FEMALE", "to-1");
    try (var browser = Browser.desktop()) {
      browser.signIn(dashboard(), "Lê Văn Hùng", "FEDERATION_STAFF", null);
      browser.awaitFigure("branch." + branch + ".members", "1");
      browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".live")));
      // A full reload would wipe this, so it proves the page updated in place.
      browser.js("window.itMarker = 'still here'");

      platform.admit(branch, "dash-live-m2", "Phạm Văn Khoa", "MALE", "to-1");

      browser.awaitFigure("branch." + branch + ".members", "2");
      assertThat(browser.js("return window.itMarker")).isEqualTo("still here");
    }
  }

  @Test
  @Order(1)
  void aBranchOfficerSeesTheirBranchAndNotAnother() {
    platform.registerBranch("dash-own", "Công đoàn Sở Nội vụ", "to-1");
    platform.registerBranch("dash-other", "Công đoàn Sở Y tế", "to-1");
    platform.admit("dash-own", "dash-own-m1", "Hoàng Văn Nam", "MALE", "to-1");
    platform.admit("dash-other", "dash-other-m1", "Vũ Thị Hạnh", "FEMALE", "to-1");
    try (var browser = Browser.desktop()) {
      browser.signIn(dashboard(), "Hoàng Văn Nam", "BRANCH_OFFICER", "dash-own");
      browser.awaitFigure("members.total", "1");
      assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("Công đoàn Sở Nội vụ");

      browser.js("location.hash = '#/branch/dash-other?year=" + THIS_YEAR + "'");

      assertThat(browser.text(By.cssSelector(".error")))
          .isEqualTo("Bạn không có quyền xem công đoàn này");
      assertThat(browser.visibleFigures()).isEmpty();
      assertThat(browser.pageText()).doesNotContain("Công đoàn Sở Y tế", "Vũ Thị Hạnh");

      // The province is not theirs either: they are taken back to their own branch.
      browser.js("location.hash = '#/province'");
      browser.awaitFigure("members.total", "1");
      assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("Công đoàn Sở Nội vụ");
    }
  }

  @Test
  @Order(4)
  void aPhoneShowsTheProvinceWithoutSidewaysScrolling() {
    awaitModelBranch();
    try (var browser = Browser.phone()) {
      browser.signIn(dashboard(), "Đỗ Minh Châu", "FEDERATION_STAFF", null);
      browser.selectYear(MODEL_YEAR);
      browser.awaitFigure("branch." + MODEL + ".members", "46");
      browser.await().until(d -> !d.findElements(By.cssSelector(".chart canvas")).isEmpty());

      assertThat(browser.js("return window.innerWidth")).isEqualTo(375L);
      Object widths =
          browser.js(
              "const d = document.documentElement;"
                  + " return [d.scrollWidth, d.clientWidth, document.body.scrollWidth];");
      assertThat(widths).isEqualTo(List.of(375L, 375L, 375L));
    }
  }

  /** "136.225.000 đ" → 136225000. */
  private static long number(String shown) {
    return Long.parseLong(shown.replaceAll("[^0-9]", ""));
  }
}
