package vn.congdoan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/audit/replays} over HTTP. The broker here is unreachable, so a replay started waits
 * for it (the consumer's API timeout, a minute) and stays running long enough to be in the way of a
 * second one, and to be cancelled; its reading the topics is proven against a real broker by
 * ReplayIT. Each test cancels what it started, so as not to be in the next one's way.
 */
class ReplayApiTest extends ReportingAppTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<String> started = new ArrayList<>();

  @BeforeAll
  static void start() {
    startWith(List.of(), "--platform.audit.rate-limit.requests=10000");
  }

  @AfterEach
  void cancelStarted() throws Exception {
    for (String id : started) {
      api.send("DELETE", "/api/audit/replays/" + id, null, auditor());
    }
  }

  private static String auditor() {
    return api.token("AUDITOR", null);
  }

  private static ApiClient.Response post(String token) throws Exception {
    return api.send("POST", "/api/audit/replays", "{}", token);
  }

  /** Starts a replay of {@code body} and returns its id. */
  private String started(String body) throws Exception {
    var response = api.send("POST", "/api/audit/replays", body, auditor());
    assertThat(response.status()).as(response.body()).isEqualTo(202);
    String id = JSON.readTree(response.body()).get("replayId").asText();
    started.add(id);
    return id;
  }

  private static JsonNode status(String id) {
    var status = api.get("/api/audit/replays/" + id, auditor());
    assertThat(status.status()).as(status.body()).isEqualTo(200);
    return status.json();
  }

  private static List<String> databases() {
    try (var client = MongoClients.create(reporting.mongo.connectionString())) {
      return client.listDatabaseNames().into(new ArrayList<>());
    }
  }

  private static void assertProblem(ApiClient.Response response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void onlyAuditorsAndAdministratorsReplay() throws Exception {
    assertThat(post(api.staff()).status()).isEqualTo(403);
    assertThat(post(api.officer("so-y-te")).status()).isEqualTo(403);
    assertThat(api.get("/api/audit/replays/whatever", api.staff()).status()).isEqualTo(403);
    assertThat(api.send("DELETE", "/api/audit/replays/whatever", null, api.staff()).status())
        .isEqualTo(403);
  }

  @Test
  void anUnknownReplayIsNotFound() throws Exception {
    var response = api.get("/api/audit/replays/nope", auditor());
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertProblem(api.send("DELETE", "/api/audit/replays/nope", null, auditor()), 404);
  }

  @Test
  void aReplayIsAcceptedAndASecondOneWhileItRunsIsAConflictNamingIt() throws Exception {
    String id = started("{}");

    var second = post(api.token("ADMIN", null));
    assertProblem(second, 409);
    assertThat(second.body()).contains(id);

    JsonNode status = status(id);
    assertThat(status.get("replayId").asText()).isEqualTo(id);
    assertThat(status.get("projection").asText()).isEqualTo("all");
    assertThat(status.get("state").asText()).isEqualTo("RUNNING");
  }

  @Test
  void aReplayWithoutABodyIsOfAll() throws Exception {
    var response = api.send("POST", "/api/audit/replays", null, auditor());
    assertThat(response.status()).as(response.body()).isEqualTo(202);
    String id = JSON.readTree(response.body()).get("replayId").asText();
    started.add(id);
    assertThat(status(id).get("projection").asText()).isEqualTo("all");
  }

  @Test
  void anUnknownProjectionIsABadRequestNamingTheKnownOnes() throws Exception {
    var response =
        api.send("POST", "/api/audit/replays", "{\"projection\": \"memebrs\"}", auditor());

    assertProblem(response, 400);
    String detail = JSON.readTree(response.body()).get("detail").asText();
    assertThat(detail)
        .contains("memebrs")
        .contains("all")
        .contains("members")
        .contains("branches")
        .contains("finance_entries")
        .contains("welfare_grants");
  }

  @Test
  void twoProjectionsReplayTogetherButNotOneTwiceNorAllBesideThem() throws Exception {
    String members = started("{\"projection\": \"members\"}");
    String ratings = started("{\"projection\": \"ratings\"}");

    assertThat(status(members).get("projection").asText()).isEqualTo("members");
    assertThat(status(ratings).get("projection").asText()).isEqualTo("ratings");
    var again = api.send("POST", "/api/audit/replays", "{\"projection\": \"members\"}", auditor());
    assertProblem(again, 409);
    assertThat(again.body()).contains(members);
    var all = api.send("POST", "/api/audit/replays", "{\"projection\": null}", auditor());
    assertProblem(all, 409);
  }

  @Test
  void aRunningReplayIsCancelledOnceAndItsScratchDatabaseDropped() throws Exception {
    String id = started("{\"projection\": \"branches\"}");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> databases().contains("reporting-replay-" + id));

    var cancelled = api.send("DELETE", "/api/audit/replays/" + id, null, api.token("ADMIN", null));

    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(202);
    JsonNode body = JSON.readTree(cancelled.body());
    assertThat(body.get("replayId").asText()).isEqualTo(id);
    assertThat(body.get("state").asText()).isEqualTo("CANCELLED");
    assertThat(status(id).get("finishedAt").isNull()).isFalse();
    // the consumer waiting on the broker is woken, and the thread drops what it built
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !databases().contains("reporting-replay-" + id));
    assertProblem(api.send("DELETE", "/api/audit/replays/" + id, null, auditor()), 409);
    // and it is no longer in the way
    started(" {\"projection\": \"branches\"} ");
  }
}
