package vn.congdoan.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.deploy.DeployFiles.map;
import static vn.congdoan.deploy.DeployFiles.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every variable a service refuses to start without (or runs wrongly without) is set for it, on one
 * host and on Kubernetes alike. The list is deploy/README.md's table, kept here as well.
 */
class EnvironmentTest {
  private static final Set<String> ALL =
      Set.of(
          "SPRING_DATA_MONGODB_URI",
          "SPRING_KAFKA_BOOTSTRAP_SERVERS",
          "OIDC_ISSUER_URI",
          "PLATFORM_SECURITY_AUDIENCE",
          "PLATFORM_EVENTS_REPLICAS",
          "PLATFORM_EVENTS_MIN_INSYNC_REPLICAS");

  static final Map<String, Set<String>> REQUIRED =
      Map.of(
          "membership-service", with(ALL, "MEMBERSHIP_PERSONALDATA_MASTERKEY"),
          "welfare-service", with(ALL, "MEMBERSHIP_URL"),
          "finance-service", with(ALL, "MEMBERSHIP_URL"),
          "reporting-service", with(ALL, "MEMBERSHIP_URL", "WELFARE_URL", "FINANCE_URL"),
          "gateway", Set.of("MEMBERSHIP_URL", "WELFARE_URL", "FINANCE_URL", "REPORTING_URL"));

  /** The database each service keeps its events and read models in. */
  private static final Map<String, String> DATABASE =
      Map.of(
          "membership-service", "membership",
          "welfare-service", "welfare",
          "finance-service", "finance",
          "reporting-service", "reporting");

  private static final Pattern REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

  private static Set<String> with(Set<String> base, String... more) {
    return Stream.concat(base.stream(), Stream.of(more)).collect(Collectors.toUnmodifiableSet());
  }

  @Test
  void composeSetsWhatEachServiceNeeds() {
    var services = Compose.services();
    REQUIRED.forEach(
        (name, variables) -> {
          var env = Compose.environment(services.get(name));
          assertThat(env.keySet()).as(name).containsAll(variables);
          env.values().forEach(v -> assertThat(v).as(name).isNotBlank());
          if (DATABASE.containsKey(name)) {
            assertThat(database(env.get("SPRING_DATA_MONGODB_URI"))).isEqualTo(DATABASE.get(name));
          }
        });
  }

  @Test
  void kubernetesSetsWhatEachServiceNeeds() {
    var deployments = Kube.deployments();
    var config = Kube.config();
    var secretKeys = map(Kube.exampleSecret().get("stringData")).keySet();
    REQUIRED.forEach(
        (name, variables) -> {
          var env = Kube.env(deployments.get(name));
          var defined = new ArrayList<String>();
          for (var variable : env) {
            String value = string(variable, "value");
            String configKey = string(variable, "valueFrom", "configMapKeyRef", "key");
            String secretKey = string(variable, "valueFrom", "secretKeyRef", "key");
            if (configKey != null) {
              assertThat(string(variable, "valueFrom", "configMapKeyRef", "name"))
                  .isEqualTo("congdoan-config");
              assertThat(config).as(name + " config").containsKey(configKey);
            } else if (secretKey != null) {
              assertThat(string(variable, "valueFrom", "secretKeyRef", "name"))
                  .isEqualTo("congdoan-secrets");
              assertThat(secretKeys).as(name + " secret").contains(secretKey);
            } else {
              assertThat(value).as(name + " " + variable.get("name")).isNotBlank();
              // Kubernetes expands $(VAR) only from variables defined above it
              Matcher m = REFERENCE.matcher(value);
              while (m.find()) {
                assertThat(defined).as(name + " " + variable.get("name")).contains(m.group(1));
              }
            }
            defined.add(String.valueOf(variable.get("name")));
          }
          assertThat(defined).as(name).containsAll(variables).doesNotHaveDuplicates();
          if (DATABASE.containsKey(name)) {
            String uri =
                env.stream()
                    .filter(v -> "SPRING_DATA_MONGODB_URI".equals(v.get("name")))
                    .map(v -> string(v, "value"))
                    .findFirst()
                    .orElseThrow();
            assertThat(database(uri)).as(name).isEqualTo(DATABASE.get(name));
          }
        });
  }

  @Test
  void theMasterKeyIsASecretOnKubernetes() {
    var masterKey =
        Kube.env(Kube.deployments().get("membership-service")).stream()
            .filter(v -> "MEMBERSHIP_PERSONALDATA_MASTERKEY".equals(v.get("name")))
            .findFirst()
            .orElseThrow();
    assertThat(string(masterKey, "valueFrom", "secretKeyRef", "key")).isNotBlank();
  }

  @Test
  void theLocalProfileIsNeverActive() {
    List<String> profiles = new ArrayList<>();
    Compose.services()
        .values()
        .forEach(
            s -> {
              String active = Compose.environment(s).get("SPRING_PROFILES_ACTIVE");
              if (active != null) {
                profiles.add(active);
              }
            });
    Kube.deployments()
        .values()
        .forEach(
            d ->
                Kube.env(d).stream()
                    .filter(v -> "SPRING_PROFILES_ACTIVE".equals(v.get("name")))
                    .forEach(v -> profiles.add(string(v, "value"))));
    Kube.config().entrySet().stream()
        .filter(e -> e.getKey().contains("profile"))
        .forEach(e -> profiles.add(e.getValue()));
    profiles.forEach(p -> assertThat(List.of(p.split("\\s*,\\s*"))).doesNotContain("local"));
  }

  @Test
  void theReadmeTableNamesEveryRequiredVariable() {
    String readme = DeployFiles.read("README.md");
    REQUIRED.values().stream()
        .flatMap(Set::stream)
        .distinct()
        .forEach(v -> assertThat(readme).as("README.md").contains("`" + v + "`"));
  }

  /** The path of a MongoDB connection string, whatever its placeholders. */
  private static String database(String uri) {
    String withoutCredentials = uri.replaceFirst("://[^@/]*@", "://");
    String hostsAndPath = withoutCredentials.substring(withoutCredentials.indexOf("://") + 3);
    String path = hostsAndPath.substring(hostsAndPath.indexOf('/') + 1);
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }
}
