package vn.congdoan.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.deploy.DeployFiles.at;
import static vn.congdoan.deploy.DeployFiles.list;
import static vn.congdoan.deploy.DeployFiles.map;
import static vn.congdoan.deploy.DeployFiles.string;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** deploy/k8s: what `kubectl apply -k` needs, and what keeps the services up while nodes move. */
class KubernetesTest {
  private static final Pattern PINNED = Pattern.compile("[^:@\\s]+:v?\\d+\\.\\d+\\.\\d+[\\w.-]*");

  /** Partitions the recording services give their event topics (platform.events.partitions). */
  private static final int EVENT_TOPIC_PARTITIONS = 6;

  @Test
  void kustomizationsListOnlyFilesThatExist() {
    for (Path dir : Kube.kustomizationDirs()) {
      var kustomization = Kube.kustomization(dir);
      for (String field : List.of("resources", "components")) {
        for (Object entry : list(kustomization.get(field))) {
          Path target = dir.resolve(String.valueOf(entry)).normalize();
          assertThat(
                  Files.isRegularFile(target)
                      || Files.isRegularFile(target.resolve("kustomization.yaml")))
              .as(dir + " " + field + " " + entry)
              .isTrue();
        }
      }
      for (Object patch : list(kustomization.get("patches"))) {
        String path = string(patch, "path");
        if (path != null) {
          assertThat(dir.resolve(path)).as(dir + " patch").isRegularFile();
        } else {
          assertThat(string(patch, "patch")).as(dir + " inline patch").isNotBlank();
        }
      }
      for (String generator : List.of("configMapGenerator", "secretGenerator")) {
        for (Object g : list(kustomization.get(generator))) {
          for (String files : List.of("files", "envs")) {
            list(at(g, files))
                .forEach(f -> assertThat(dir.resolve(String.valueOf(f))).isRegularFile());
          }
        }
      }
    }
  }

  @Test
  void secretsAreReferencedNeverShipped() {
    var resources = list(Kube.kustomization(DeployFiles.path(Kube.BASE)).get("resources"));
    assertThat(resources).doesNotContain("secret.example.yaml");
    assertThat(Kube.ofKind("Secret")).isEmpty();
    for (Path dir : Kube.kustomizationDirs()) {
      assertThat(Kube.kustomization(dir)).as(dir.toString()).doesNotContainKey("secretGenerator");
    }
    assertThat(string(Kube.exampleSecret(), "metadata", "name")).isEqualTo("congdoan-secrets");
    map(Kube.exampleSecret().get("stringData"))
        .values()
        .forEach(v -> assertThat(v).isEqualTo("change-me"));
  }

  @Test
  void everyContainerIsProbedAndSized() {
    assertThat(Kube.deployments()).containsOnlyKeys(DeployFiles.MODULES);
    Kube.deployments()
        .forEach(
            (name, deployment) ->
                Kube.containers(deployment)
                    .forEach(
                        c -> {
                          assertThat(string(c, "readinessProbe", "httpGet", "path"))
                              .as(name)
                              .isEqualTo("/actuator/health/readiness");
                          assertThat(string(c, "livenessProbe", "httpGet", "path"))
                              .as(name)
                              .isEqualTo("/actuator/health/liveness");
                          assertThat(at(c, "startupProbe", "httpGet")).as(name).isNotNull();
                          for (String bound : List.of("requests", "limits")) {
                            assertThat(map(at(c, "resources", bound)))
                                .as(name + " " + bound)
                                .containsKeys("cpu", "memory");
                          }
                          assertThat(at(c, "securityContext", "allowPrivilegeEscalation"))
                              .isEqualTo(false);
                        }));
  }

  @Test
  void podsRunAsTheImagesUnprivilegedUser() {
    Kube.deployments()
        .forEach(
            (name, d) ->
                assertThat(at(d, "spec", "template", "spec", "securityContext", "runAsNonRoot"))
                    .as(name)
                    .isEqualTo(true));
  }

  @Test
  void everyDeploymentHasADisruptionBudgetAndAnAutoscaler() {
    var budgets = Kube.ofKind("PodDisruptionBudget").toList();
    var autoscalers = Kube.ofKind("HorizontalPodAutoscaler").toList();
    Kube.deployments()
        .forEach(
            (name, deployment) -> {
              var podLabels = map(at(deployment, "spec", "template", "metadata", "labels"));
              assertThat(budgets)
                  .as(name + " PodDisruptionBudget")
                  .anySatisfy(
                      b ->
                          assertThat(podLabels)
                              .containsAllEntriesOf(map(at(b, "spec", "selector", "matchLabels"))));
              assertThat(autoscalers)
                  .as(name + " HorizontalPodAutoscaler")
                  .anySatisfy(
                      h -> {
                        assertThat(string(h, "spec", "scaleTargetRef", "kind"))
                            .isEqualTo("Deployment");
                        assertThat(string(h, "spec", "scaleTargetRef", "name")).isEqualTo(name);
                      });
              // the HPA owns the count; a replicas field would fight it on every apply
              assertThat(at(deployment, "spec", "replicas")).as(name).isNull();
            });
    // reporting's instances share one consumer group: past the partitions they would idle
    assertThat(
            autoscalers.stream()
                .filter(h -> "reporting-service".equals(Kube.name(h)))
                .map(h -> ((Number) at(h, "spec", "maxReplicas")).intValue()))
        .containsExactly(EVENT_TOPIC_PARTITIONS);
  }

  @Test
  void imagesArePinned() {
    Kube.deployments()
        .forEach(
            (name, d) -> {
              String image = string(Kube.container(d), "image");
              assertThat(image).as(name).matches(PINNED).startsWith("congdoan/" + name + ":");
            });
    for (Path dir : Kube.kustomizationDirs()) {
      for (Object image : list(Kube.kustomization(dir).get("images"))) {
        String tag = string(image, "newTag");
        assertThat(tag != null ? tag : string(image, "digest"))
            .as(dir + " " + string(image, "name"))
            .isNotBlank()
            .isNotEqualTo("latest");
      }
    }
  }

  @Test
  void ingressSendsEverythingToTheGatewayAndLeavesTheLiveStreamUnbuffered() {
    var ingresses = Kube.ofKind("Ingress").toList();
    assertThat(ingresses).isNotEmpty();
    boolean liveStream = false;
    for (var ingress : ingresses) {
      var annotations = map(at(ingress, "metadata", "annotations"));
      for (Object rule : list(at(ingress, "spec", "rules"))) {
        for (Object path : list(at(rule, "http", "paths"))) {
          assertThat(string(path, "backend", "service", "name")).isEqualTo("gateway");
          if ("/api/reports/live".equals(string(path, "path"))) {
            liveStream = true;
            assertThat(annotations)
                .containsEntry("nginx.ingress.kubernetes.io/proxy-buffering", "off");
            // the stream sends a comment every 15 s: a shorter read timeout would cut it
            assertThat(
                    Integer.parseInt(
                        String.valueOf(
                            annotations.get("nginx.ingress.kubernetes.io/proxy-read-timeout"))))
                .isGreaterThan(15);
          }
        }
      }
    }
    assertThat(liveStream).as("a rule for /api/reports/live").isTrue();
  }

  @Test
  void kafkaAndMongoAreRunByTheirOperators() {
    assertThat(Kube.ofKind("StatefulSet")).as("no home-made StatefulSets").isEmpty();
    var kafka = Kube.ofKind("Kafka").findFirst().orElseThrow();
    assertThat(map(at(kafka, "spec", "kafka", "config")))
        .containsEntry("default.replication.factor", 3)
        .containsEntry("min.insync.replicas", 2)
        .containsEntry("auto.create.topics.enable", false);
    var pool = Kube.ofKind("KafkaNodePool").findFirst().orElseThrow();
    assertThat(at(pool, "spec", "replicas")).isEqualTo(3);
    assertThat(list(at(pool, "spec", "roles"))).containsExactlyInAnyOrder("controller", "broker");
    assertThat(string(pool, "metadata", "labels", "strimzi.io/cluster"))
        .isEqualTo(Kube.name(kafka));
    var mongo = Kube.ofKind("MongoDBCommunity").findFirst().orElseThrow();
    assertThat(at(mongo, "spec", "members")).isEqualTo(3);
    // the services' connection strings name this replica set and its members
    assertThat(Kube.config().get("mongodb-hosts")).contains(Kube.name(mongo) + "-0.");
    assertThat(Kube.config().get("kafka-bootstrap-servers"))
        .startsWith(Kube.name(kafka) + "-kafka-bootstrap:");
  }
}
