package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.FINANCE;
import static vn.congdoan.it.Platform.Service.REPORTING;
import static vn.congdoan.it.Platform.Service.WELFARE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One branch's writes in all three services, read back from the audit history. */
class AuditHistoryIT {
  private final Platform platform = Platform.shared();

  @Test
  void everyServicesEventsOfABranchAreInItsAuditHistory() {
    String branch = "audit-branch";
    String officer = Platform.token("BRANCH_OFFICER", branch);
    platform.registerBranch(branch, "Công đoàn Sở Tư pháp", "to-1");
    platform.admit(branch, "ah-hanh", "Lê Thị Hạnh", "FEMALE", "to-1");
    platform.awaitWelfareMembers(branch, 1);
    var grant =
        post(
            platform.url(WELFARE, "/api/branches/" + branch + "/welfare/grants"),
            officer,
            Map.of(
                "kind", "WOMENS_DAY_MAR8",
                "grantedOn", "2024-03-08",
                "recipients", List.of(Map.of("memberId", "ah-hanh", "relation", "SELF")),
                "amountVndEach", 500_000,
                "fund", "DUES"),
            "audit-grant-1");
    assertThat(grant.status()).as(grant.body()).isEqualTo(201);
    var income =
        post(
            platform.url(FINANCE, "/api/branches/" + branch + "/finance/income"),
            officer,
            Map.of(
                "source", "Hỗ trợ của cơ quan", "amountVnd", 1_000_000, "receivedOn", "2024-05-02"),
            "audit-income-1");
    assertThat(income.status()).as(income.body()).isEqualTo(201);

    String auditor = Platform.token("AUDITOR", null);
    await()
        .atMost(Duration.ofSeconds(30))
        // Within the audit rate limit (20 requests per 10 s per caller).
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              var history =
                  Http.get(
                      platform.url(REPORTING, "/api/audit/events?order=asc&branchId=" + branch),
                      auditor);
              assertThat(history.status()).as(history.body()).isEqualTo(200);
              JsonNode events = history.json().get("events");
              assertThat(events.findValuesAsText("service"))
                  .contains("membership", "welfare", "finance");
              assertThat(events.findValuesAsText("correlationId"))
                  .contains("audit-grant-1", "audit-income-1")
                  .allMatch(c -> !c.isBlank());
              for (JsonNode event : events) {
                assertThat(event.get("branchId").asText()).isEqualTo(branch);
                // finance books the grant itself, as a system user, under the grant's correlation
                assertThat(event.get("user").asText()).isNotBlank();
                if (!event.get("service").asText().equals("membership")
                    && event.get("correlationId").asText().startsWith("audit-")) {
                  assertThat(event.get("user").asText())
                      .isIn("it-branch_officer", "system:welfare-grants");
                }
                assertThat(event.get("type").asText()).isNotBlank();
              }
              JsonNode first = events.get(0);
              assertThat(first.get("type").asText()).isEqualTo("membership.BranchRegistered");
              assertThat(first.get("user").asText()).isEqualTo("it-federation_staff");
              assertThat(first.at("/payload/name").asText()).isEqualTo("Công đoàn Sở Tư pháp");
            });
    var staff =
        Http.get(
            platform.url(REPORTING, "/api/audit/events?branchId=" + branch),
            Platform.token("FEDERATION_STAFF", null));
    assertThat(staff.status()).isEqualTo(403);
  }

  /** A write under a correlation id of the test's choosing, to find it again in the history. */
  private static Http.Response post(String url, String token, Object body, String correlationId) {
    return Http.send(
        "POST", url, token, Http.json(body), Map.of("X-Correlation-Id", correlationId));
  }
}
