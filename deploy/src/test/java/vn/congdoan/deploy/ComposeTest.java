package vn.congdoan.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.deploy.DeployFiles.at;
import static vn.congdoan.deploy.DeployFiles.list;
import static vn.congdoan.deploy.DeployFiles.map;

import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one-host installation: what an operator relies on when running `docker compose up`. */
class ComposeTest {
  /** A tag down to the patch level: "8.0" or "latest" would change under the operator's feet. */
  private static final Pattern PINNED = Pattern.compile("[^:@\\s]+:v?\\d+\\.\\d+\\.\\d+[\\w.-]*");

  /** PostgreSQL numbers its releases major.minor: 17.9 is as concrete as its tags get. */
  private static final Pattern PINNED_POSTGRES = Pattern.compile("postgres:\\d+\\.\\d+");

  /** Names under which a value is a credential (a word of the name, so not KEYCLOAK_...). */
  static final Pattern SECRET_NAME =
      Pattern.compile("(?:.*_)?(PASSWORD|SECRET|KEY|MASTERKEY|TOKEN)(?:_.*)?");

  /** A whole value that is one variable, nothing written around it. */
  private static final Pattern ONLY_A_VARIABLE =
      Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(:?[-?][^}]*)?}");

  private static final Pattern URI_PASSWORD = Pattern.compile("://[^:/@\\s]+:([^@\\s]+)@");

  private static final Set<String> PLATFORM =
      Set.of("membership-service", "welfare-service", "finance-service", "reporting-service");

  @Test
  void everyImageIsPinnedToAConcreteTag() {
    Compose.services()
        .forEach(
            (name, service) ->
                assertThat(Compose.image(service))
                    .as(name)
                    .matches(
                        i -> PINNED.matcher(i).matches() || PINNED_POSTGRES.matcher(i).matches())
                    .doesNotEndWith("latest"));
  }

  @Test
  void thePlatformsImagesCarryTheProjectVersion() {
    String version = System.getProperty("project.version");
    assertThat(version).as("surefire passes project.version").isNotBlank();
    var services = Compose.services();
    for (String module : DeployFiles.MODULES) {
      assertThat(services).containsKey(module);
      assertThat(Compose.image(services.get(module)))
          .isEqualTo("congdoan/" + module + ":" + version);
    }
    // and no other service runs an image of ours under another name
    services.forEach(
        (name, service) -> {
          if (Compose.image(service).startsWith("congdoan/")) {
            assertThat(DeployFiles.MODULES).contains(name);
          }
        });
  }

  @Test
  void everyServiceHasAHealthcheckOrRunsOnce() {
    Compose.services()
        .forEach(
            (name, service) -> {
              if (!Compose.oneShot(service)) {
                assertThat(list(at(service, "healthcheck", "test")))
                    .as(name + " healthcheck")
                    .isNotEmpty()
                    .doesNotContain("NONE");
              }
            });
  }

  @Test
  void everyDependencyWaitsForItsConditionLongForm() {
    var services = Compose.services();
    services.forEach(
        (name, service) ->
            map(service.get("depends_on"))
                .forEach(
                    (dependency, how) -> {
                      assertThat(services).as(name + " depends on").containsKey(dependency);
                      // a one-shot job completes; anything else must be healthy
                      String expected =
                          Compose.oneShot(services.get(dependency))
                              ? "service_completed_successfully"
                              : "service_healthy";
                      assertThat(DeployFiles.string(how, "condition"))
                          .as(name + " -> " + dependency)
                          .isEqualTo(expected);
                    }));
  }

  @Test
  void credentialsComeOnlyFromTheEnvironmentFile() {
    Compose.services()
        .forEach(
            (name, service) ->
                Compose.environment(service)
                    .forEach(
                        (variable, value) -> {
                          if (SECRET_NAME.matcher(variable).matches()) {
                            assertThat(value).as(name + " " + variable).matches(ONLY_A_VARIABLE);
                          }
                          var password = URI_PASSWORD.matcher(value);
                          while (password.find()) {
                            assertThat(password.group(1))
                                .as(name + " " + variable + " password in a URI")
                                .matches(ONLY_A_VARIABLE);
                          }
                        }));
  }

  @Test
  void everyVariableUsedIsExplainedInTheExampleFile() {
    var example = Compose.example();
    assertThat(example.keySet()).containsAll(Compose.variablesUsed());
    // and nothing stale: an operator fills in only what is used
    assertThat(Compose.variablesUsed()).containsAll(example.keySet());
    example
        .values()
        .forEach(
            v -> {
              assertThat(v.comment()).as(v.name() + " has a comment above it").isNotEmpty();
              if (SECRET_NAME.matcher(v.name()).matches()) {
                assertThat(v.value()).as(v.name()).isEqualTo("change-me");
              }
            });
  }

  @Test
  void dataLivesInNamedVolumes() {
    var services = Compose.services();
    var declared = map(Compose.file().get("volumes")).keySet();
    Map<String, String> dataDirs =
        Map.of(
            "kafka-1", "/var/lib/kafka/data",
            "kafka-2", "/var/lib/kafka/data",
            "kafka-3", "/var/lib/kafka/data",
            "mongo-1", "/data/db",
            "mongo-2", "/data/db",
            "mongo-3", "/data/db",
            "keycloak-db", "/var/lib/postgresql/data",
            "prometheus", "/prometheus",
            "grafana", "/var/lib/grafana");
    dataDirs.forEach(
        (name, dir) ->
            assertThat(Compose.mounts(services.get(name)))
                .as(name)
                .anySatisfy(
                    m -> {
                      assertThat(m.target()).isEqualTo(dir);
                      assertThat(m.named()).isTrue();
                    }));
    services.values().stream()
        .flatMap(s -> Compose.mounts(s).stream())
        .filter(Compose.Mount::named)
        .forEach(m -> assertThat(declared).contains(m.source()));
  }

  @Test
  void boundFilesExistAndAreReadOnly() {
    Compose.services()
        .forEach(
            (name, service) ->
                Compose.mounts(service).stream()
                    .filter(m -> !m.named())
                    .forEach(
                        m -> {
                          assertThat(Files.exists(DeployFiles.path("compose").resolve(m.source())))
                              .as(name + " mounts " + m.source())
                              .isTrue();
                          assertThat(m.readOnly()).as(name + " " + m.source()).isTrue();
                        }));
  }

  @Test
  void kafkaIsThreeKraftVotersThatKeepEveryEventTwice() {
    for (String broker : Set.of("kafka-1", "kafka-2", "kafka-3")) {
      var env = Compose.environment(Compose.services().get(broker));
      assertThat(env)
          .as(broker)
          .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
          .containsEntry(
              "KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093")
          .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
          .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
          .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
          .containsEntry("KAFKA_NODE_ID", broker.substring("kafka-".length()));
    }
  }

  @Test
  void keycloakRunsInProductionModeUnderTheIssuerTheServicesUse() {
    var keycloak = Compose.services().get("keycloak");
    assertThat(list(keycloak.get("command"))).containsExactly("start", "--import-realm");
    assertThat(Compose.plain(Compose.environment(keycloak).get("KC_HOSTNAME")))
        .isEqualTo("http://${PUBLIC_HOST}:8180");
    assertThat(list(keycloak.get("ports"))).contains("8180:8180");
    assertThat(Compose.mounts(keycloak))
        .anySatisfy(
            m -> {
              assertThat(m.source()).isEqualTo("../keycloak/congdoan-realm.json");
              assertThat(m.target()).startsWith("/opt/keycloak/data/import/");
            });
    for (String name : PLATFORM) {
      var service = Compose.services().get(name);
      assertThat(Compose.plain(Compose.environment(service).get("OIDC_ISSUER_URI")))
          .as(name)
          .isEqualTo("http://${PUBLIC_HOST}:8180/realms/congdoan");
      // the same host name must lead to Keycloak from inside the container
      assertThat(list(service.get("extra_hosts"))).as(name).contains("${PUBLIC_HOST}:host-gateway");
    }
  }
}
