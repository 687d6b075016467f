package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.congdoan.it.CodeFlow.Tokens;

/**
 * The platform behind a real Keycloak with the realm an operator imports (deploy/keycloak): each
 * role's users sign in and the services take their tokens for what the role may do, tokens meant
 * for another application or expired are refused, and the web app signs in at Keycloak in a real
 * browser and refreshes its token before it expires.
 */
class KeycloakIT {
  private static final String BRANCH = "vp-doan-dbqh"; // the example officer's branch attribute

  private static OidcPlatform platform;
  private static Keycloak keycloak;

  @BeforeAll
  static void start() throws Exception {
    platform = new OidcPlatform(Files.createTempDirectory("keycloak-it"));
    keycloak = Keycloak.start(platform.publicUrl());
    platform.start(keycloak.issuer(), "1s");
    var staff = signIn("chuyenvien");
    var registered =
        Http.post(
            api("/api/branches"),
            staff.access(),
            Map.of(
                "branchId", BRANCH,
                "name", "Công đoàn Văn phòng Đoàn ĐBQH",
                "parentUnion", "Công đoàn Viên chức tỉnh",
                "sector", "STATE_AGENCY"));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    if (keycloak != null) {
      keycloak.close();
    }
    if (platform != null) {
      platform.close();
    }
  }

  private static Tokens signIn(String user) throws Exception {
    return CodeFlow.signIn(keycloak, platform.publicUrl() + "/", user, Keycloak.PASSWORD);
  }

  private static String api(String path) {
    return platform.publicUrl() + path;
  }

  @Test
  void eachRolesTokenCarriesItsRolesBranchAndAudienceAndIsTakenForWhatTheRoleMayDo()
      throws Exception {
    var officer = signIn("canbo.vpdoan");
    assertThat(strings(officer.claims().path("roles"))).containsExactly("BRANCH_OFFICER");
    assertThat(officer.claims().path("branch").asText()).isEqualTo(BRANCH);
    assertThat(strings(officer.claims().path("aud"))).contains(Keycloak.AUDIENCE);
    assertThat(officer.claims().path("iss").asText()).isEqualTo(keycloak.issuer());

    var group =
        Http.post(
            api("/api/branches/" + BRANCH + "/groups"),
            officer.access(),
            Map.of("groupId", "to-1", "name", "Tổ công đoàn Văn phòng"));
    assertThat(group.status()).as(group.body()).isEqualTo(201);
    var admitted =
        Http.post(
            api("/api/branches/" + BRANCH + "/members"),
            officer.access(),
            Map.of(
                "memberId", "kc-001",
                "fullName", "Nguyễn Thị Ánh Tuyết",
                "gender", "FEMALE",
                "dateOfBirth", "1988-03-08",
                "groupId", "to-1",
                "joinedOn", "2015-05-01"));
    assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
    assertThat(Http.get(api("/api/branches/another-branch"), officer.access()).status())
        .isIn(403, 404);

    var auditor = signIn("kiemtra");
    assertThat(strings(auditor.claims().path("roles"))).containsExactly("AUDITOR");
    assertThat(Http.get(api("/api/branches/" + BRANCH), auditor.access()).status()).isEqualTo(200);
    var refused =
        Http.post(
            api("/api/branches/" + BRANCH + "/groups"),
            auditor.access(),
            Map.of("groupId", "to-2", "name", "Tổ 2"));
    assertThat(refused.status()).isEqualTo(403);

    var admin = signIn("quantri");
    assertThat(strings(admin.claims().path("roles"))).containsExactly("ADMIN");
    assertThat(Http.get(api("/api/branches/" + BRANCH), admin.access()).status()).isEqualTo(200);
    var staff = signIn("chuyenvien");
    assertThat(staff.claims().has("branch")).isFalse();
    assertThat(Http.get(api("/api/reports/province/years/2026"), staff.access()).status())
        .isEqualTo(200);
  }

  @Test
  void aTokenOfTheSameProviderMeantForAnotherApplicationIsRefused() throws Exception {
    var clients = new ServiceClients(keycloak);
    String other = clients.token("ung-dung-khac", false, null);
    assertThat(CodeFlow.claims(other).path("roles").toString()).contains("AUDITOR");

    assertThat(Http.get(api("/api/branches/" + BRANCH), other).status()).isEqualTo(401);
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    var clients = new ServiceClients(keycloak);
    String shortLived = clients.token("het-han-nhanh", true, 3);
    assertThat(Http.get(api("/api/branches/" + BRANCH), shortLived).status()).isEqualTo(200);

    long exp = CodeFlow.claims(shortLived).path("exp").asLong();
    // past its end and the 1 s of clock skew the services were given
    Thread.sleep(
        Math.max(0, Duration.between(Instant.now(), Instant.ofEpochSecond(exp + 2)).toMillis()));
    assertThat(Http.get(api("/api/branches/" + BRANCH), shortLived).status()).isEqualTo(401);
  }

  @Test
  void theWebAppSignsInAtKeycloakAndRefreshesItsTokenBeforeItExpires() throws Exception {
    var dashboard = new ServiceClients(keycloak).tokenLifespan(Keycloak.CLIENT, 20);
    try (var browser = Browser.desktop()) {
      browser.driver.get(platform.publicUrl() + "/");
      browser.click(By.cssSelector(".sign-in button[type=submit]"));
      browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
      screenshot(browser, "keycloak-sign-in.png");
      // the provider's page speaks the app's language (the realm's own Vietnamese texts)
      assertThat(browser.pageText()).contains("Đăng nhập vào tài khoản Công đoàn", "Mật khẩu");
      browser.driver.findElement(By.id("username")).sendKeys("canbo.vpdoan");
      browser.driver.findElement(By.id("password")).sendKeys(Keycloak.PASSWORD);
      browser.driver.findElement(By.id("kc-login")).click();
      browser
          .await()
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("[data-action=sign-out]")));
      assertThat(browser.driver.getCurrentUrl()).startsWith(platform.publicUrl());
      assertThat(browser.driver.getCurrentUrl()).doesNotContain("code=");
      screenshot(browser, "keycloak-signed-in.png");

      String first = token(browser);
      long firstExp = CodeFlow.claims(first).path("exp").asLong();
      assertThat(firstExp - Instant.now().getEpochSecond()).isBetween(1L, 20L);
      browser.await().withTimeout(Duration.ofSeconds(40)).until(d -> !first.equals(token(browser)));
      // once the first token has ended, the page's calls still go through with the new one
      Thread.sleep(Math.max(0, (firstExp + 2) * 1000 - System.currentTimeMillis()));
      Object status =
          browser.js(
              "return fetch('/api/branches/"
                  + BRANCH
                  + "', {headers: {Authorization: 'Bearer '"
                  + " + sessionStorage.getItem('congdoan.token')}}).then(r => r.status);");
      assertThat(((Number) status).intValue()).isEqualTo(200);
      assertThat(browser.driver.findElements(By.cssSelector("[data-action=sign-out]")))
          .isNotEmpty();
    } finally {
      dashboard.close();
    }
  }

  private static String token(Browser browser) {
    return String.valueOf(browser.js("return sessionStorage.getItem('congdoan.token');"));
  }

  private static void screenshot(Browser browser, String name) throws Exception {
    Files.write(Path.of("target", name), browser.driver.getScreenshotAs(OutputType.BYTES));
  }

  private static List<String> strings(JsonNode node) {
    if (node.isTextual()) {
      return List.of(node.asText());
    }
    return java.util.stream.StreamSupport.stream(node.spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }
}
