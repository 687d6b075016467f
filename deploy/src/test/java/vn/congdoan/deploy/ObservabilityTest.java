package vn.congdoan.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.deploy.DeployFiles.at;
import static vn.congdoan.deploy.DeployFiles.list;
import static vn.congdoan.deploy.DeployFiles.map;
import static vn.congdoan.deploy.DeployFiles.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Alerts and dashboards that can fire and draw: complete rules, panels on the provisioned data
 * source, and only metric names the services really export (exported-metrics.txt, which the
 * integration tests check against a scrape of the running services).
 */
class ObservabilityTest {
  private static final String ALERTS = "observability/prometheus/alerts.yml";
  private static final String EXPORTED = "observability/exported-metrics.txt";
  private static final String DASHBOARDS = "observability/grafana/dashboards";

  /** Prometheus's own series, exported by no service. */
  private static final Set<String> BUILT_IN = Set.of("up");

  private static List<Map<String, Object>> rules() {
    return list(DeployFiles.yaml(ALERTS).get("groups")).stream()
        .flatMap(g -> list(at(g, "rules")).stream())
        .map(DeployFiles::map)
        .toList();
  }

  private static String dataSourceUid() {
    var file = DeployFiles.yaml("observability/grafana/provisioning/datasources/prometheus.yaml");
    return string(list(file.get("datasources")).get(0), "uid");
  }

  private static List<Path> dashboards() {
    return DeployFiles.files(DASHBOARDS, ".json");
  }

  @Test
  void everyAlertSaysHowLongHowBadAndWhat() {
    assertThat(rules()).isNotEmpty();
    for (var rule : rules()) {
      String name = String.valueOf(rule.get("alert"));
      assertThat(string(rule, "expr")).as(name).isNotBlank();
      assertThat(string(rule, "for")).as(name + " for").matches("\\d+[smh]");
      assertThat(string(rule, "labels", "severity")).as(name).isIn("warning", "critical");
      assertThat(map(rule.get("annotations"))).as(name).containsKeys("summary", "description");
    }
  }

  @Test
  void theAlertsTheOperatorIsPromised() {
    assertThat(rules().stream().map(r -> String.valueOf(r.get("alert"))))
        .contains(
            "ServiceDown",
            "OutboxPendingGrowing",
            "ProjectionLagHigh",
            "HttpServerErrors",
            "ReplayFailed",
            "ChainVerificationBroken",
            "KafkaConsumerLagHigh",
            "JvmHeapNearMax");
  }

  @Test
  void everyPanelQueriesTheProvisionedDataSource() {
    String uid = dataSourceUid();
    assertThat(dashboards()).hasSizeGreaterThanOrEqualTo(3);
    Set<String> dashboardUids = new HashSet<>();
    for (Path file : dashboards()) {
      JsonNode dashboard = DeployFiles.json(file);
      assertThat(dashboardUids.add(dashboard.path("uid").asText())).as(file + " uid").isTrue();
      for (JsonNode panel : dashboard.path("panels")) {
        String title = file.getFileName() + ": " + panel.path("title").asText();
        if (panel.path("type").asText().equals("row")) {
          continue; // a row only groups the panels below it
        }
        assertThat(panel.path("datasource").path("uid").asText()).as(title).isEqualTo(uid);
        assertThat(panel.path("targets")).as(title).isNotEmpty();
        for (JsonNode target : panel.path("targets")) {
          assertThat(target.path("expr").asText()).as(title).isNotBlank();
          assertThat(target.path("datasource").path("uid").asText()).as(title).isEqualTo(uid);
        }
      }
      for (JsonNode variable : dashboard.path("templating").path("list")) {
        if (variable.path("type").asText().equals("query")) {
          assertThat(variable.path("datasource").path("uid").asText()).isEqualTo(uid);
        }
      }
    }
  }

  @Test
  void onlyExportedMetricsAreQueried() {
    Set<String> used = new TreeSet<>();
    rules().forEach(r -> used.addAll(PromQl.metricNames(string(r, "expr"))));
    for (Path file : dashboards()) {
      JsonNode dashboard = DeployFiles.json(file);
      for (JsonNode panel : dashboard.path("panels")) {
        panel
            .path("targets")
            .forEach(t -> used.addAll(PromQl.metricNames(t.path("expr").asText())));
      }
      for (JsonNode variable : dashboard.path("templating").path("list")) {
        used.addAll(PromQl.templateMetricNames(variable.path("query").path("query").asText()));
      }
    }
    used.removeAll(BUILT_IN);
    Set<String> exported = exported();
    assertThat(exported).containsAll(used);
    // and the list holds nothing unused: each name in it is one the integration test must find
    assertThat(used).containsAll(exported);
  }

  @Test
  void prometheusScrapesEveryServiceWhereComposeRunsIt() {
    var config = DeployFiles.yaml("observability/prometheus/prometheus.yml");
    var job =
        list(config.get("scrape_configs")).stream()
            .filter(j -> "/actuator/prometheus".equals(string(j, "metrics_path")))
            .findFirst()
            .orElseThrow();
    Set<String> targets = new TreeSet<>();
    list(at(job, "static_configs"))
        .forEach(s -> list(at(s, "targets")).forEach(t -> targets.add(String.valueOf(t))));
    assertThat(targets)
        .containsExactlyInAnyOrder(
            "membership-service:8081",
            "welfare-service:8082",
            "finance-service:8083",
            "reporting-service:8084",
            "gateway:8080");
    targets.forEach(
        t -> assertThat(Compose.services()).containsKey(t.substring(0, t.indexOf(':'))));
    assertThat(list(config.get("rule_files"))).contains("/etc/prometheus/alerts.yml");
  }

  @Test
  void grafanaReadsTheDashboardsWhereComposeMountsThem() {
    var provider =
        list(DeployFiles.yaml("observability/grafana/provisioning/dashboards/dashboards.yaml")
                .get("providers"))
            .get(0);
    String path = string(provider, "options", "path");
    assertThat(Compose.mounts(Compose.services().get("grafana")))
        .anySatisfy(
            m -> {
              assertThat(m.source()).isEqualTo("../" + DASHBOARDS);
              assertThat(m.target()).isEqualTo(path);
            });
  }

  private static Set<String> exported() {
    Set<String> names = new TreeSet<>();
    for (String line : DeployFiles.read(EXPORTED).split("\n")) {
      if (!line.isBlank()) {
        assertThat(line).as(EXPORTED).matches("[a-zA-Z_:][a-zA-Z0-9_:]*");
        assertThat(names.add(line)).as(EXPORTED + " duplicate " + line).isTrue();
      }
    }
    return names;
  }
}
