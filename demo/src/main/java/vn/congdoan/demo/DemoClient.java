package vn.congdoan.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo as one user ("demo") of the platform: federation staff for what the federation does, a
 * branch officer of each branch for what the branch records. Idempotency keys are kept per user, so
 * the user's name stays the same on every run.
 */
final class DemoClient {
  static final String USER = "demo";

  final Services services;
  final Api api = new Api();
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  DemoClient(Services services) {
    this.services = services;
  }

  String staff() {
    return token("FEDERATION_STAFF", null);
  }

  String officer(String branchId) {
    return token("BRANCH_OFFICER", branchId);
  }

  private String token(String role, String branchId) {
    return tokens.computeIfAbsent(
        role + "/" + branchId,
        k -> {
          var body = new java.util.HashMap<String, Object>();
          body.put("sub", USER);
          body.put("roles", List.of(role));
          body.put("branch", branchId);
          return api.write(
                  "POST",
                  services.membershipUrl() + "/dev/tokens",
                  null,
                  null,
                  "application/json",
                  Api.json(body))
              .path("token")
              .asText();
        });
  }

  /** A branch as membership knows it, or empty. */
  Optional<JsonNode> branch(String branchId) {
    return api.get(services.membershipUrl() + "/api/branches/" + branchId, staff());
  }

  /** A campaign's status, or empty. */
  Optional<JsonNode> campaign(String campaignId) {
    return api.get(services.welfareUrl() + "/api/campaigns/" + campaignId, staff());
  }

  /** A write as federation staff; {@code step} names it for the Idempotency-Key. */
  JsonNode staffPost(String url, String step, Object body) {
    return api.write("POST", url, staff(), "demo:" + step, body);
  }
}
