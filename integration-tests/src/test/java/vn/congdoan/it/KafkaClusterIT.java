package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congdoan.local.DevTokens;
import vn.congdoan.local.LocalMongo;
import vn.congdoan.membership.MembershipApplication;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.reporting.ReportingApplication;

/**
 * membership-service and reporting-service on a Kafka cluster of three KRaft nodes, their topics
 * created by the services with three replicas and two in sync, the relay producing with acks=all.
 * The leader of the partition the writes go to is killed with SIGKILL three times during the
 * writes, and started again each time: every acknowledged write reaches reporting, none twice.
 */
class KafkaClusterIT {
  private static final String BRANCH = "cluster-branch";

  @TempDir Path data;

  @Test
  void losingThePartitionLeaderThreeTimesLosesNoAcknowledgedWrite() throws Exception {
    try (var cluster = new KafkaCluster(data);
        var mongo = LocalMongo.start(null, 0)) {
      cluster.startAll();
      List<String> wiring =
          List.of(
              "--spring.profiles.active=local",
              "--server.port=0",
              "--spring.data.mongodb.uri=" + mongo.connectionString(),
              "--spring.kafka.bootstrap-servers=" + cluster.bootstrap(),
              "--platform.security.dev-secret=" + DevTokens.DEFAULT_SECRET,
              "--platform.events.replicas=3",
              "--platform.events.min-insync-replicas=2");
      try (var admin =
          Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrap()))) {
        // reporting also reads the topics of the services not started here
        admin
            .createTopics(
                List.of(Topics.WELFARE, Topics.FINANCE).stream()
                    .map(
                        t ->
                            new NewTopic(t, 6, (short) 3)
                                .configs(Map.of("min.insync.replicas", "2")))
                    .toList())
            .all()
            .get();
        var membership = MembershipApplication.app().run(wiring.toArray(String[]::new));
        var reportingArgs = new ArrayList<>(wiring);
        reportingArgs.add(
            "--reporting.verification.membership-url=" + Platform.url(membership, ""));
        var reporting = ReportingApplication.app().run(reportingArgs.toArray(String[]::new));
        try (membership;
            reporting) {
          var topic =
              admin
                  .describeTopics(List.of(Topics.MEMBERSHIP))
                  .allTopicNames()
                  .get()
                  .get(Topics.MEMBERSHIP);
          assertThat(topic.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
          var config =
              admin
                  .describeConfigs(
                      List.of(new ConfigResource(ConfigResource.Type.TOPIC, Topics.MEMBERSHIP)))
                  .all()
                  .get()
                  .values()
                  .iterator()
                  .next();
          assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");

          String base = Platform.url(membership, "");
          AdmissionLoad.registerBranch(base, BRANCH, "Công đoàn thử cụm Kafka");
          var load = new AdmissionLoad(List.of(base), BRANCH, "kc-m-", "Đặng Thị Cụm", 4);
          int partition =
              Utils.toPositive(Utils.murmur2(BRANCH.getBytes(StandardCharsets.UTF_8)))
                  % topic.partitions().size();
          List<Integer> killed = new ArrayList<>();
          for (int kill = 1; kill <= 3; kill++) {
            int target = kill * 200;
            await().atMost(Duration.ofMinutes(2)).until(() -> load.acknowledged().size() >= target);
            int leader =
                admin
                    .describeTopics(List.of(Topics.MEMBERSHIP))
                    .allTopicNames()
                    .get()
                    .get(Topics.MEMBERSHIP)
                    .partitions()
                    .get(partition)
                    .leader()
                    .id();
            cluster.kill(leader);
            killed.add(leader);
            Thread.sleep(4_000);
            cluster.start(leader);
          }
          int before = load.acknowledged().size();
          await()
              .atMost(Duration.ofMinutes(2))
              .until(() -> load.acknowledged().size() >= before + 150);
          load.stop();

          Set<String> stored =
              StoredEvents.admitted(mongo.connectionString(), "membership", BRANCH);
          assertThat(stored)
              .as("every acknowledged admission stored")
              .containsAll(load.acknowledged());
          AdmissionLoad.awaitCounted(Platform.url(reporting, ""), BRANCH, stored.size());
          double applied =
              reporting
                  .getBean(MeterRegistry.class)
                  .get("reporting.events.applied")
                  .tag("projection", "members")
                  .counter()
                  .count();
          assertThat(applied)
              .as("admissions applied by reporting, each once")
              .isEqualTo(stored.size());
          List<EventEnvelope> published =
              KafkaLog.read(
                  cluster.bootstrap(), Topics.MEMBERSHIP, e -> e.aggregateId().equals(BRANCH));
          long onKafkaTwice =
              published.size()
                  - published.stream().map(e -> e.sequence()).collect(Collectors.toSet()).size();
          System.out.printf(
              "KafkaClusterIT: leaders killed %s; %d admissions acknowledged, %d stored, %d records on"
                  + " Kafka (%d sent twice by the relay and dropped by reporting)%n",
              killed, load.acknowledged().size(), stored.size(), published.size(), onKafkaTwice);
        }
      }
    }
  }
}
