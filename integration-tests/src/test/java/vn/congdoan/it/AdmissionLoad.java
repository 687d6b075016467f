package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writers admitting members to one branch of a service in a JVM of its own, until stopped, while
 * the test kills and restarts what lies under them. Keeps the ids answered 201; a refusal or a
 * service that does not answer is waited out and the next id tried.
 */
final class AdmissionLoad {
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final Map<Integer, Integer> refused = new ConcurrentHashMap<>();
  private volatile String lastRefusal;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicBoolean writing = new AtomicBoolean(true);
  private final ExecutorService writers;

  /** Waits until reporting (its base address) counts {@code members} in the branch's 2024. */
  static void awaitCounted(String reporting, String branch, int members) {
    String staff = Platform.token("FEDERATION_STAFF", null);
    await()
        .atMost(Duration.ofMinutes(2))
        .untilAsserted(
            () -> {
              var summary =
                  Http.get(reporting + "/api/reports/branches/" + branch + "/years/2024", staff);
              assertThat(summary.status()).as(summary.body()).isEqualTo(200);
              assertThat(summary.json().at("/members/total").asInt()).isEqualTo(members);
            });
  }

  /** Registers {@code branch} with a group {@code to-1} through the service, as staff would. */
  static void registerBranch(ChildService service, String branch, String name) {
    registerBranch(service.url(""), branch, name);
  }

  /** As above, through the instance at {@code service} (its base address). */
  static void registerBranch(String service, String branch, String name) {
    var registered =
        Http.post(
            service + "/api/branches",
            Platform.token("FEDERATION_STAFF", null),
            Map.of(
                "branchId", branch, "name", name, "parentUnion", "LĐLĐ tỉnh", "sector", "OTHER"));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    var group =
        Http.post(
            service + "/api/branches/" + branch + "/groups",
            Platform.token("BRANCH_OFFICER", branch),
            Map.of("groupId", "to-1", "name", "Tổ 1"));
    assertThat(group.status()).as(group.body()).isEqualTo(201);
  }

  /** Starts {@code count} writers; member ids are {@code idPrefix} and a number. */
  AdmissionLoad(ChildService service, String branch, String idPrefix, String fullName, int count) {
    this(List.of(service.url("")), branch, idPrefix, fullName, count);
  }

  /**
   * Starts {@code count} writers spread over the instances at {@code services} (base addresses):
   * writer i writes to instance i modulo their number.
   */
  AdmissionLoad(List<String> services, String branch, String idPrefix, String fullName, int count) {
    String officer = Platform.token("BRANCH_OFFICER", branch);
    writers = Executors.newFixedThreadPool(count);
    for (int w = 0; w < count; w++) {
      String service = services.get(w % services.size());
      writers.submit(() -> write(service, branch, officer, idPrefix, fullName));
    }
  }

  private void write(
      String service, String branch, String officer, String idPrefix, String fullName) {
    while (writing.get()) {
      String id = idPrefix + next.getAndIncrement();
      try {
        var answer =
            Http.post(
                service + "/api/branches/" + branch + "/members",
                officer,
                Map.of(
                    "memberId", id,
                    "fullName", fullName + " " + id,
                    "gender", "FEMALE",
                    "dateOfBirth", "1990-02-03",
                    "groupId", "to-1",
                    "joinedOn", "2024-03-01"));
        if (answer.status() == 201) {
          acknowledged.add(id);
          continue;
        }
        refused.merge(answer.status(), 1, Integer::sum);
        lastRefusal = answer.body();
      } catch (RuntimeException unreachable) {
        // the service or what it stands on is down: wait below, then go on
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** How many writes were answered with each status other than 201. */
  Map<Integer, Integer> refused() {
    return refused;
  }

  /** What the last refused write was answered. */
  String lastRefusal() {
    return lastRefusal;
  }

  /** The ids answered 201 so far. */
  Set<String> acknowledged() {
    return acknowledged;
  }

  /** Stops the writers and waits for their last requests. */
  void stop() throws InterruptedException {
    writing.set(false);
    writers.shutdown();
    assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
  }
}
