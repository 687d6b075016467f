package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congdoan.it.AccessPolicies.Endpoint;
import vn.congdoan.it.AccessPolicies.Scope;
import vn.congdoan.it.Platform.Service;
import vn.congdoan.local.DevTokens;
import vn.congdoan.platform.infra.security.BranchAccess;
import vn.congdoan.platform.infra.security.Role;

/**
 * Every endpoint × every role and pair of roles × the caller's own branch and another: refused
 * exactly when the table says no role of the token allows it, and never a 5xx.
 */
class AccessMatrixIT {
  private static final String OWN = "matrix-own";
  private static final String OTHER = "matrix-other";
  private static final Platform platform = Platform.shared();
  private static final Map<String, String> campaigns = new java.util.HashMap<>();
  // what the services answer a caller who names no language
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @BeforeAll
  static void branchesAndCampaigns() {
    for (String branch : List.of(OWN, OTHER)) {
      platform.registerBranch(branch, "Công đoàn " + branch, "to-1");
      var launched =
          Http.post(
              platform.url(Service.WELFARE, "/api/campaigns"),
              Platform.token("ADMIN", null),
              Campaigns.ofBranch(branch, "Ủng hộ đồng bào", "Giúp đỡ", "2026-01-01"));
      assertThat(launched.status()).as(launched.body()).isEqualTo(201);
      campaigns.put(branch, launched.json().get("campaignId").asText());
    }
  }

  @Test
  void theTableNamesEveryEndpointEachServiceServes() {
    for (Service service : Service.values()) {
      Set<String> served = ServedEndpoints.of(platform.context(service), "/api/");
      Set<String> listed = new TreeSet<>();
      AccessPolicies.all().stream()
          .filter(e -> e.service() == service)
          .forEach(e -> listed.add(e.key()));
      assertThat(served).as(service.name()).isEqualTo(listed);
    }
  }

  @Test
  void everyEndpointAllowsExactlyWhatOneOfTheCallersRolesAllows() {
    List<String> wrong = new ArrayList<>();
    int requests = 0;
    for (Set<Role> roles : roleSets()) {
      String token =
          DevTokens.sign(
              DevTokens.DEFAULT_SECRET,
              "matrix",
              roles.stream().map(Enum::name).toList(),
              OWN,
              Duration.ofHours(1));
      for (Endpoint endpoint : AccessPolicies.all()) {
        List<String> targets = endpoint.scope() == Scope.NONE ? List.of(OWN) : List.of(OWN, OTHER);
        for (String target : targets) {
          boolean own = target.equals(OWN) || endpoint.scope() == Scope.NONE;
          boolean expected = endpoint.policy().allows(roles, own);
          Answer answer = call(endpoint, target, token);
          requests++;
          if (answer.status() >= 500 || answer.refused(target) == expected) {
            wrong.add(
                roles
                    + " "
                    + endpoint.key()
                    + " on "
                    + target
                    + ": expected "
                    + (expected ? "allowed" : "refused")
                    + ", got "
                    + answer);
          }
        }
      }
    }
    assertThat(requests).isGreaterThan(900);
    assertThat(wrong).isEmpty();
  }

  /** Each role alone and every pair of roles. */
  private static List<Set<Role>> roleSets() {
    List<Set<Role>> sets = new ArrayList<>();
    Role[] roles = Role.values();
    for (int i = 0; i < roles.length; i++) {
      for (int j = i; j < roles.length; j++) {
        sets.add(EnumSet.of(roles[i], roles[j]));
      }
    }
    return sets;
  }

  record Answer(int status, String body) {
    /** Refused for who the caller is: 401/403, or the branch (or its campaign) hidden as 404. */
    boolean refused(String branch) {
      return status == 401
          || status == 403
          || (status == 404
              && (body.contains(Http.json(BranchAccess.hiddenBranch(branch).in(VIETNAMESE)))
                  || body.contains("Không tìm thấy cuộc vận động " + campaigns.get(branch))));
    }

    @Override
    public String toString() {
      return status + " " + (body.length() > 200 ? body.substring(0, 200) : body);
    }
  }

  private static Answer call(Endpoint endpoint, String target, String token) {
    String path =
        endpoint
            .path()
            .replace("{branchId}", target)
            .replace("{campaignId}", campaigns.get(target))
            .replace("{year}", "2024")
            .replace("{memberId}", "matrix-nobody")
            .replace("{groupId}", "to-1")
            .replace("{grantId}", "matrix-no-grant")
            .replace("{complaintId}", "matrix-no-complaint")
            .replace("{replayId}", "matrix-no-replay");
    String body =
        endpoint.body() == null
            ? (endpoint.contentType().equals("text/csv") ? "" : "{}")
            : Http.json(endpoint.body().apply(target));
    var request =
        HttpRequest.newBuilder(URI.create(platform.url(endpoint.service(), path)))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", endpoint.contentType())
            .method(
                endpoint.method(),
                endpoint.method().equals("GET") || endpoint.method().equals("DELETE")
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<InputStream> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        // The live stream never ends: its status is all this asks of it.
        boolean stream =
            response
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("text/event-stream");
        return new Answer(
            response.statusCode(),
            stream ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(endpoint.key() + " on " + target, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
}
