package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.REPORTING;
import static vn.congdoan.it.Platform.Service.WELFARE;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A replay of every topic from its beginning, into a scratch database, equals the live read model.
 * The platform is shared and other tests' events are in the history too; events still arriving
 * while a replay runs are counted apart, not as differences, so no test waits for quiet.
 */
class ReplayIT {
  private static final String BRANCH = "replay-branch";
  private final Platform platform = Platform.shared();
  private final String auditor = Platform.token("AUDITOR", null);

  @Test
  void aReplayOfTheWholeHistoryEqualsTheLiveReadModel() {
    String officer = Platform.token("BRANCH_OFFICER", BRANCH);
    platform.registerBranch(BRANCH, "Công đoàn Sở Khoa học và Công nghệ", "to-1");
    platform.admit(BRANCH, "rp-lan", "Ngô Thị Lan", "FEMALE", "to-1");
    platform.admit(BRANCH, "rp-son", "Vũ Văn Sơn", "MALE", "to-1");
    platform.awaitWelfareMembers(BRANCH, 2);
    var grant =
        Http.post(
            platform.url(WELFARE, "/api/branches/" + BRANCH + "/welfare/grants"),
            officer,
            Map.of(
                "kind", "WOMENS_DAY_MAR8",
                "grantedOn", "2024-03-08",
                "recipients", List.of(Map.of("memberId", "rp-lan", "relation", "SELF")),
                "amountVndEach", 500_000,
                "fund", "DUES"));
    assertThat(grant.status()).as(grant.body()).isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode s = platform.summary(BRANCH, 2024, officer).json();
              assertThat(s.at("/members/total").asInt()).as(s.toString()).isEqualTo(2);
              assertThat(s.at("/welfare/amountVnd").asLong()).as(s.toString()).isEqualTo(500_000);
              assertThat(s.at("/finance/expenseVnd").asLong()).isEqualTo(500_000);
            });

    JsonNode replay = replayed(Map.of());

    assertThat(replay.get("state").asText()).isEqualTo("DONE");
    assertThat(replay.get("projection").asText()).isEqualTo("all");
    assertThat(replay.get("eventsTotal").asLong()).isPositive();
    assertThat(replay.get("eventsDone").asLong()).isEqualTo(replay.get("eventsTotal").asLong());
    assertThat(replay.get("finishedAt").isNull()).isFalse();
    assertThat(replay.at("/comparison/equal").asBoolean()).as(replay.toString()).isTrue();
    assertThat(replay.at("/comparison/collections").findValuesAsText("name"))
        .contains("branches", "member_segments", "welfare_grants", "audit_events");
    try (var client = MongoClients.create(platform.mongo.connectionString())) {
      assertThat(client.listDatabaseNames().into(new java.util.ArrayList<>()))
          .as("the scratch database is dropped")
          .doesNotContain("reporting-replay-" + replay.get("replayId").asText());
    }
  }

  @Test
  void aReplayOfOneProjectionRebuildsAndComparesOnlyItsCollection() {
    JsonNode replay = replayed(Map.of("projection", "welfare_grants"));

    assertThat(replay.get("state").asText()).as(replay.toString()).isEqualTo("DONE");
    assertThat(replay.get("projection").asText()).isEqualTo("welfare_grants");
    assertThat(replay.get("eventsDone").asLong()).isEqualTo(replay.get("eventsTotal").asLong());
    assertThat(replay.at("/comparison/equal").asBoolean()).as(replay.toString()).isTrue();
    assertThat(replay.at("/comparison/collections").findValuesAsText("name"))
        .containsExactly("welfare_grants");
  }

  @Test
  void anUnknownProjectionIsRefusedNamingTheKnownOnes() {
    var refused =
        Http.post(
            platform.url(REPORTING, "/api/audit/replays"), auditor, Map.of("projection", "nope"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("detail").asText()).contains("members", "welfare_grants");
  }

  @Test
  void onlyAuditorsAndAdministratorsReplay() {
    var refused =
        Http.post(
            platform.url(REPORTING, "/api/audit/replays"),
            Platform.token("FEDERATION_STAFF", null),
            Map.of());
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    var unknown = Http.get(platform.url(REPORTING, "/api/audit/replays/nope"), auditor);
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
  }

  @Test
  void aReplayWhileABranchKeepsRecordingIsEqualAndCountsApartWhatChangedMeanwhile()
      throws Exception {
    String busy = "replay-busy";
    platform.registerBranch(busy, "Công đoàn Công ty Điện lực Hà Nam", "to-1");
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger admitted = new AtomicInteger();
    List<Throwable> failed = new CopyOnWriteArrayList<>();
    Thread officer =
        new Thread(
            () -> {
              try {
                for (int i = 0; !stop.get(); i++) {
                  platform.admit(busy, "rb-" + i, "Trần Thị Thu Hà " + i, "FEMALE", "to-1");
                  admitted.incrementAndGet();
                }
              } catch (Throwable e) {
                failed.add(e);
              }
            });
    officer.start();
    JsonNode replay;
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> admitted.get() >= 3);
      replay = replayed(Map.of());
    } finally {
      stop.set(true);
      officer.join();
    }

    assertThat(failed).isEmpty();
    assertThat(replay.get("state").asText()).as(replay.toString()).isEqualTo("DONE");
    assertThat(replay.at("/comparison/equal").asBoolean()).as(replay.toString()).isTrue();
    int later = 0;
    for (JsonNode c : replay.at("/comparison/collections")) {
      later += c.get("later").asInt();
    }
    assertThat(later).as("documents the officer's admissions changed meanwhile").isPositive();
  }

  /** Starts a replay and waits for its end. */
  private JsonNode replayed(Map<String, String> body) {
    var started = Http.post(platform.url(REPORTING, "/api/audit/replays"), auditor, body);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().get("replayId").asText();
    JsonNode[] last = new JsonNode[1];
    await()
        .atMost(Duration.ofMinutes(2))
        // within the audit rate limit (20 requests per 10 s per caller)
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              var status = Http.get(platform.url(REPORTING, "/api/audit/replays/" + id), auditor);
              assertThat(status.status()).as(status.body()).isEqualTo(200);
              last[0] = status.json();
              assertThat(last[0].get("state").asText()).as(status.body()).isNotEqualTo("RUNNING");
            });
    return last[0];
  }
}
