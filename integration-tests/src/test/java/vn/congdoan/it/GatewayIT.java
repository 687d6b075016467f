package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.congdoan.it.Platform.Service;

/** The gateway in front of the real services: one origin for every endpoint and the live stream. */
class GatewayIT {
  private static final String BRANCH = "gateway-branch";
  private final Platform platform = Platform.shared();

  /**
   * Every endpoint a service serves, tried against the gateway's routes (its gateway.yml, as
   * production runs it) in their order: the first route whose paths take it leads to that service.
   * A new endpoint no route leads to, or one a route before it captures, fails here.
   */
  @Test
  void everyEndpointOfEveryServiceIsRoutedToThatService() throws Exception {
    List<GatewayRoutes.Route> routes = GatewayRoutes.read();
    List<String> checked = new ArrayList<>();
    for (Service service : Service.values()) {
      String owner = service.name().toLowerCase();
      for (String endpoint : ServedEndpoints.of(platform.context(service), "/")) {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "x1");
        if (!path.startsWith("/api/") && !path.startsWith("/dashboard/")) {
          continue; // actuator, OpenAPI documents: each service's own, routed by name
        }
        String expected = ownChainCheck(service, path) ? "reporting" : owner;
        assertThat(GatewayRoutes.target(routes, path))
            .as("%s of %s", endpoint, service)
            .isEqualTo(expected);
        checked.add(endpoint);
      }
    }
    assertThat(checked).hasSizeGreaterThan(40);
  }

  /**
   * Each recording service verifies its own chains for reporting, which asks all three: the
   * gateway's /api/audit/verification is reporting's.
   */
  private static boolean ownChainCheck(Service service, String path) {
    return service != Service.REPORTING && path.equals("/api/audit/verification");
  }

  /**
   * What the web app does, all through one origin: a dev token, a branch and a member recorded in
   * membership, read back from welfare and reporting, and a live notice of the change.
   */
  @Test
  void aWriteThroughTheGatewayIsReadBackAndHeardLiveThroughIt() throws Exception {
    var issued =
        Http.post(
            platform.gatewayUrl("/dev/tokens"),
            null,
            Map.of("sub", "Trần Thu Hà", "roles", List.of("FEDERATION_STAFF")));
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    String staff = issued.json().get("token").asText();
    var notices =
        LiveStream.open(Platform.shared().gatewayUrl("/api/reports/live"), staff).notices();

    var branch =
        Http.post(
            platform.gatewayUrl("/api/branches"),
            staff,
            Map.of(
                "branchId", BRANCH,
                "name", "Công đoàn Cổng chung",
                "parentUnion", "Công đoàn Viên chức tỉnh",
                "sector", "STATE_AGENCY"));
    assertThat(branch.status()).as(branch.body()).isEqualTo(201);
    String officer = Platform.token("BRANCH_OFFICER", BRANCH);
    var group =
        Http.post(
            platform.gatewayUrl("/api/branches/" + BRANCH + "/groups"),
            officer,
            Map.of("groupId", "to-1", "name", "Tổ Văn phòng"));
    assertThat(group.status()).as(group.body()).isEqualTo(201);
    Map<String, Object> member =
        Map.of(
            "memberId", "gw-1",
            "fullName", "Phạm Thị Ngọc Ánh",
            "gender", "FEMALE",
            "dateOfBirth", "1990-03-08",
            "groupId", "to-1",
            "joinedOn", "2020-01-01");
    var retried = Map.of("Idempotency-Key", "gateway-admission-1");
    String path = platform.gatewayUrl("/api/branches/" + BRANCH + "/members");
    var first = Http.send("POST", path, officer, Http.json(member), retried);
    var again = Http.send("POST", path, officer, Http.json(member), retried);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());

    // The shared platform may still be projecting a test's burst of 20,000 events (BurstIT): the
    // notice comes once reporting reaches this branch, which is a wait, not a speed being measured.
    assertThat(notices.poll(2, TimeUnit.MINUTES)).as("a notice of the change").isNotNull();
    platform.awaitWelfareMembers(BRANCH, 1);
    var welfare =
        Http.get(platform.gatewayUrl("/api/branches/" + BRANCH + "/welfare/members"), officer);
    assertThat(welfare.json().get("members")).hasSize(1);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              var summary =
                  Http.get(
                      platform.gatewayUrl("/api/reports/branches/" + BRANCH + "/years/2024"),
                      officer);
              assertThat(summary.status()).as(summary.body()).isEqualTo(200);
              assertThat(summary.json().at("/members/female").asInt()).isEqualTo(1);
            });
  }
}
