package vn.congdoan.finance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.congdoan.local.DevTokens;
import vn.congdoan.local.LocalKafka;
import vn.congdoan.local.LocalMongo;
import vn.congdoan.local.StandInService;
import vn.congdoan.local.StandInService.Answer;

/** finance-service on the local stack, with membership-service stood in for by a stub. */
class FinanceServiceIT {
  private static final String ROSTER =
      """
      {"branchId": "cty-may", "count": 2, "members": [
        {"memberId": "le-van-binh", "erased": false, "honorary": false, "status": "ACTIVE",
         "since": "2010-05-01", "leftOn": null},
        {"memberId": "tran-thi-mai", "erased": false, "honorary": false, "status": "DEPARTED",
         "since": "2012-01-01", "leftOn": "2025-08-01"}]}
      """;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static LocalMongo mongo;
  private static LocalKafka kafka;
  private static StandInService membership;
  private static ConfigurableApplicationContext app;

  @BeforeAll
  static void start() throws Exception {
    mongo = LocalMongo.start(null, 0);
    kafka = LocalKafka.start(Files.createTempDirectory("finance-it-kafka"), 0);
    membership =
        StandInService.start(
            "/api/branches/",
            uri ->
                new Answer(
                    uri.getPath().contains("/b-down") ? 502 : 200,
                    uri.getPath().endsWith("/members")
                        ? ROSTER
                        : "{\"branchId\": \"cty-may\", \"sector\": \"NON_STATE_ENTERPRISE\"}"));
    app =
        FinanceApplication.app()
            .run(
                "--spring.profiles.active=local",
                "--server.port=0",
                "--spring.data.mongodb.uri=" + mongo.connectionString(),
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--platform.security.dev-secret=" + DevTokens.DEFAULT_SECRET,
                "--finance.membership-url=" + membership.url());
  }

  @AfterAll
  static void stop() {
    app.close();
    membership.close();
    kafka.close();
    mongo.close();
  }

  private static String token(String role, String branch) {
    return DevTokens.sign(
        DevTokens.DEFAULT_SECRET, "it", List.of(role), branch, Duration.ofHours(1));
  }

  private static HttpResponse<String> send(String method, String path, String token, String body)
      throws Exception {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> recordDues(String token, String body) throws Exception {
    return send("POST", "/api/branches/cty-may/finance/dues", token, body);
  }

  @Test
  void anOfficersMonthIsRecordedByTheRulesInForceAndShowsInTheYear() throws Exception {
    String officer = token("BRANCH_OFFICER", "cty-may");
    assertThat(JSON.readTree(send("GET", "/api/finance/rules", officer, null).body()))
        .hasSizeGreaterThanOrEqualTo(8);

    String augustPayment =
        """
        {"period": "2025-08", "payments": [{"memberId": "le-van-binh", "salaryVnd": 60000000}]}""";
    var paid = recordDues(officer, augustPayment);
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
    assertThat(JSON.readTree(paid.body()).at("/payments/0/standardVnd").asLong())
        .isEqualTo(234_000);
    assertThat(membership.authorization()).isEqualTo("Bearer " + officer);

    assertThat(recordDues(officer, augustPayment).statusCode()).isEqualTo(409);
    var departed =
        recordDues(
            officer,
            """
        {"period": "2025-09", "payments": [{"memberId": "tran-thi-mai", "salaryVnd": 9000000}]}""");
    assertThat(departed.statusCode()).isEqualTo(422);
    assertThat(departed.body()).contains("tran-thi-mai");
    var badMonth =
        recordDues(
            officer,
            """
        {"period": "2025-8", "payments": [{"memberId": "le-van-binh", "salaryVnd": 1}]}""");
    assertThat(badMonth.statusCode()).isEqualTo(400);

    var funding =
        send(
            "POST",
            "/api/branches/cty-may/finance/union-funding",
            officer,
            """
        {"period": "2025-08", "payrollVnd": 100000000}""");
    assertThat(funding.statusCode()).as(funding.body()).isEqualTo(201);
    assertThat(
            send(
                    "POST",
                    "/api/branches/cty-may/finance/expenses",
                    officer,
                    """
        {"category": "MEMBER_CARE", "amountVnd": 500000, "spentOn": "2025-08-20"}""")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            send(
                    "POST",
                    "/api/branches/cty-may/finance/remittances",
                    officer,
                    """
        {"share": "DUES", "amountVnd": 70000, "remittedOn": "2025-09-01"}""")
                .statusCode())
        .isEqualTo(201);

    JsonNode year =
        JSON.readTree(
            send("GET", "/api/branches/cty-may/finance/years/2025", officer, null).body());
    assertThat(year.at("/income/totalVnd").asLong()).isEqualTo(234_000 + 2_000_000);
    assertThat(year.at("/owed/duesVnd").asLong()).isEqualTo(70_200);
    assertThat(year.at("/owed/unionFundingVnd").asLong()).isEqualTo(500_000);
    assertThat(year.at("/outstanding/duesVnd").asLong()).isEqualTo(200);
    assertThat(year.at("/expense/byCategory/MEMBER_CARE").asLong()).isEqualTo(500_000);
    assertThat(year.at("/balanceVnd").asLong()).isEqualTo(2_234_000 - 500_000 - 70_000);
  }

  @Test
  void membershipBeingAwayIsServiceUnavailable() throws Exception {
    var response =
        send(
            "POST",
            "/api/branches/b-down/finance/union-funding",
            token("ADMIN", null),
            """
        {"period": "2025-08", "payrollVnd": 100000000}""");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
  }

  @Test
  void onlyAnAdministratorAddsRules() throws Exception {
    String rule =
        """
        {"kind": "BASE_SALARY", "validFrom": "2026-07-01", "amountVnd": 2530000, "decision": "test"}""";
    assertThat(send("POST", "/api/finance/rules", token("AUDITOR", null), rule).statusCode())
        .isEqualTo(403);
    assertThat(send("POST", "/api/finance/rules", token("ADMIN", null), rule).statusCode())
        .isEqualTo(201);
  }
}
