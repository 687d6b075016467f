package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The metric names the alert rules and Grafana dashboards query (deploy/observability, whose own
 * check holds every query to the list in exported-metrics.txt) are really exported by the running
 * services once they have done some work: a renamed meter breaks this test, not a dashboard seen
 * blank in production.
 */
class ObservedMetricsIT {
  private static final Path LISTED =
      Path.of("..", "deploy", "observability", "exported-metrics.txt");
  private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]");

  private final Platform platform = Platform.shared();

  @Test
  void everyMetricTheDashboardsAndAlertsQueryIsExported() throws Exception {
    String branch = "metrics-branch";
    String officer = Platform.token("BRANCH_OFFICER", branch);
    platform.registerBranch(branch, "Công đoàn Trường THPT Chuyên", "to-1");
    platform.admit(branch, "metrics-1", "Phạm Thị Ngọc Ánh", "FEMALE", "to-1");
    platform.awaitWelfareMembers(branch, 1);
    var grant = new BranchCalls(platform, branch).womensDayGift("metrics-1", "2026-03-08", 300_000);
    assertThat(grant.status()).as(grant.body()).isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                platform.summary(branch, 2026, officer).json().at("/welfare/grants").asInt() == 1);

    Set<String> exported = new HashSet<>();
    for (Platform.Service service : Platform.Service.values()) {
      exported.addAll(names(Http.get(platform.url(service, "/actuator/prometheus"), null).body()));
    }
    exported.addAll(names(Http.get(platform.gatewayUrl("/actuator/prometheus"), null).body()));

    List<String> listed =
        Files.readAllLines(LISTED).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    assertThat(listed).isNotEmpty();
    assertThat(listed).allSatisfy(name -> assertThat(exported).as(name).contains(name));
    assertThat(names(Http.get(platform.url(MEMBERSHIP, "/actuator/prometheus"), null).body()))
        .contains("eventStore_successTimer_seconds_count", "commandBus_successCounter_total");
  }

  private static Set<String> names(String scrape) {
    Set<String> names = new HashSet<>();
    for (String line : scrape.split("\n")) {
      var sample = SAMPLE.matcher(line);
      if (sample.find()) {
        names.add(sample.group(1));
      }
    }
    return names;
  }
}
