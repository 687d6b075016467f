package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.FINANCE;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;
import static vn.congdoan.it.Platform.Service.REPORTING;
import static vn.congdoan.it.Platform.Service.WELFARE;

import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.Topics;

/**
 * Two instances of every service on the embedded stack, writes spread over both — the same branches
 * and the same campaign through either — and the first instance of each (the holder of its
 * service's leases) killed with SIGKILL mid-load. Every acknowledged write is in the store and in
 * reporting exactly once, no event reached Kafka twice while both relays lived, the chains verify
 * intact, live notices of every branch reached the dashboards on both reporting instances, and a
 * replay started on one is seen, refused and cancelled on the other.
 */
class MultiInstanceIT {
  private static final List<String> BRANCHES = List.of("mi-1", "mi-2", "mi-3");
  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
  private static final String STAFF = Platform.token("FEDERATION_STAFF", null);
  private static final String AUDITOR = Platform.token("AUDITOR", null);

  @TempDir Path data;

  @Test
  void twoInstancesOfEachServiceShareTheWorkAndEitherMayDie() throws Exception {
    try (var stack = new ChildStack(data);
        var two = new TwoInstances(stack, "--platform.lease.term=3s")) {
      stack.start();
      two.start();
      String firstPid = "/" + two.first(MEMBERSHIP).pid() + "/";
      assertThat(leaseHolder(stack, "membership", "outbox-relay")).contains(firstPid);

      for (String branch : BRANCHES) {
        AdmissionLoad.registerBranch(two.first(MEMBERSHIP), branch, "Công đoàn nhân bản " + branch);
      }
      var campaign = Http.post(two.secondUrl(WELFARE, "/api/campaigns"), STAFF, campaign());
      assertThat(campaign.status()).as(campaign.body()).isEqualTo(201);
      String campaignId = campaign.json().get("campaignId").asText();
      var liveFirst = LiveStream.open(two.firstUrl(REPORTING, "/api/reports/live"), STAFF);
      var liveSecond = LiveStream.open(two.secondUrl(REPORTING, "/api/reports/live"), STAFF);

      // each branch written through both membership instances at once, as are the campaign
      // (welfare) and the branches' books (finance)
      List<AdmissionLoad> admissions = new ArrayList<>();
      for (String branch : BRANCHES) {
        admissions.add(
            new AdmissionLoad(two.both(MEMBERSHIP), branch, branch + "-m", "Lò Thị Nhân Bản", 2));
      }
      var contributions =
          new RepeatedWrites(
              two.both(WELFARE),
              "/api/campaigns/" + campaignId + "/contributions",
              Platform.token("BRANCH_OFFICER", BRANCHES.get(1)),
              n -> Map.of("branchId", BRANCHES.get(1), "amountVnd", 1_000, "receivedOn", TODAY),
              2);
      var incomes =
          new RepeatedWrites(
              two.both(FINANCE),
              "/api/branches/" + BRANCHES.get(0) + "/finance/income",
              Platform.token("BRANCH_OFFICER", BRANCHES.get(0)),
              n -> Map.of("source", "Tài trợ " + n, "amountVnd", 1_000, "receivedOn", TODAY),
              2);
      await().atMost(Duration.ofMinutes(2)).until(() -> admitted(admissions) >= 600);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  liveFirst.heard().containsAll(BRANCHES)
                      && liveSecond.heard().containsAll(BRANCHES));
      replayStartedOnOneIsSeenRefusedAndCancelledOnTheOther(two);
      assertThat(duplicates(stack, Topics.MEMBERSHIP))
          .as("events on Kafka twice while both membership instances relayed")
          .isZero();

      two.killFirsts();
      int before = admitted(admissions);
      await().atMost(Duration.ofMinutes(2)).until(() -> admitted(admissions) >= before + 300);
      for (AdmissionLoad load : admissions) {
        load.stop();
      }
      contributions.stop();
      incomes.stop();

      // taken over within a term (3 s) of its holder's death; the 300 admissions after the kill
      // may well be done sooner than that
      await()
          .atMost(Duration.ofSeconds(15))
          .until(() -> !leaseHolder(stack, "membership", "outbox-relay").contains(firstPid));
      MultiInstanceChecks.everyAcknowledgedWriteOnceInReporting(
          stack, two, BRANCHES, admissions, campaignId, contributions, incomes);
      for (String service : List.of("membership", "welfare", "finance")) {
        var verification =
            Http.get(
                two.secondUrl(REPORTING, "/api/audit/verification?service=" + service), AUDITOR);
        assertThat(verification.status()).as(verification.body()).isEqualTo(200);
        assertThat(verification.json().get("intact").asBoolean()).as(verification.body()).isTrue();
      }
      Map<Integer, Integer> refused = new HashMap<>();
      admissions.forEach(a -> a.refused().forEach((s, n) -> refused.merge(s, n, Integer::sum)));
      System.out.printf(
          "MultiInstanceIT: %d admissions, %d contributions, %d incomes acknowledged through two"
              + " instances each; refused by status: %s (contributions %s, incomes %s)%n",
          admitted(admissions),
          contributions.acknowledged(),
          incomes.acknowledged(),
          refused,
          contributions.refused(),
          incomes.refused());
      admissions.forEach(a -> System.out.println("MultiInstanceIT refusal: " + a.lastRefusal()));
    }
  }

  private static void replayStartedOnOneIsSeenRefusedAndCancelledOnTheOther(TwoInstances two) {
    var started = Http.post(two.firstUrl(REPORTING, "/api/audit/replays"), AUDITOR, Map.of());
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().get("replayId").asText();
    var seen = Http.get(two.secondUrl(REPORTING, "/api/audit/replays/" + id), AUDITOR);
    assertThat(seen.status()).as(seen.body()).isEqualTo(200);
    assertThat(seen.json().get("state").asText()).isEqualTo("RUNNING");
    for (Object body : List.of(Map.of(), Map.of("projection", "members"))) {
      var again = Http.post(two.secondUrl(REPORTING, "/api/audit/replays"), AUDITOR, body);
      assertThat(again.status()).as(again.body()).isEqualTo(409);
      assertThat(again.json().get("detail").asText()).contains(id);
    }
    var cancelled =
        Http.send(
            "DELETE",
            two.secondUrl(REPORTING, "/api/audit/replays/" + id),
            AUDITOR,
            null,
            Map.of());
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(202);
    assertThat(
            Http.get(two.firstUrl(REPORTING, "/api/audit/replays/" + id), AUDITOR)
                .json()
                .get("state")
                .asText())
        .isEqualTo("CANCELLED");
  }

  private static int admitted(List<AdmissionLoad> loads) {
    return loads.stream().mapToInt(l -> l.acknowledged().size()).sum();
  }

  private static Map<String, Object> campaign() {
    return Map.of(
        "title", "Ủng hộ đồng bào vùng lũ (hai phiên bản)",
        "scope", "PROVINCE",
        "purpose", "Hỗ trợ đồng bào bị thiệt hại do lũ",
        "opensOn", TODAY);
  }

  private static String leaseHolder(ChildStack stack, String database, String lease) {
    try (var mongo = MongoClients.create(stack.mongoUri())) {
      Document held =
          mongo
              .getDatabase(database)
              .getCollection("leases")
              .find(new Document("_id", lease))
              .first();
      return held == null ? "" : held.getString("holder");
    }
  }

  /** Events on the topic more than once (same stream, same position). */
  private static long duplicates(ChildStack stack, String topic) {
    Predicate<EventEnvelope> all = e -> true;
    return KafkaLog.read(stack.kafkaBootstrap(), topic, all).stream()
        .collect(
            Collectors.groupingBy(e -> e.aggregateId() + ":" + e.sequence(), Collectors.counting()))
        .values()
        .stream()
        .filter(n -> n > 1)
        .count();
  }
}
