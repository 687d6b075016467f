package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.REPORTING;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.MembershipApplication;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.Topics;

/**
 * membership-service in a JVM of its own, killed with SIGKILL while writes stream in and events
 * wait in its outbox, then restarted: every event it stored reaches Kafka, every acknowledged write
 * is in the store, and the projection counts each member once.
 */
class CrashIT {
  private static final String BRANCH = "crash-branch";
  private static final String DATABASE = "membership-crash";
  private final Platform platform = Platform.shared();

  @Test
  void killingThePublisherMidStreamLosesNothingAndAppliesNothingTwice() throws Exception {
    try (var child =
            new ChildService(
                MembershipApplication.class,
                platform.wiring(),
                "--spring.data.mongodb.database=" + DATABASE,
                // A kill between an outbox entry and its event leaves an orphan; drop it quickly
                // here.
                "--platform.events.orphan-after=5s");
        MongoClient mongo = MongoClients.create(platform.mongo.connectionString())) {
      child.start();
      double appliedBefore = appliedMembers();
      AdmissionLoad.registerBranch(child, BRANCH, "Công đoàn thử sập");
      var load = new AdmissionLoad(child, BRANCH, "crash-m-", "Hoàng Thị Sập", 4);
      Set<String> acknowledged = load.acknowledged();
      await().atMost(Duration.ofMinutes(1)).until(() -> acknowledged.size() >= 300);
      var outbox = mongo.getDatabase(DATABASE).getCollection("outbox");
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(1))
          .until(() -> outbox.countDocuments() > 0);
      child.kill();
      long pendingAtCrash = outbox.countDocuments();

      child.start();
      int before = acknowledged.size();
      await().atMost(Duration.ofMinutes(1)).until(() -> acknowledged.size() >= before + 300);
      load.stop();

      await().atMost(Duration.ofMinutes(1)).until(() -> outbox.countDocuments() == 0);
      Set<String> storedMembers = new HashSet<>();
      Set<String> storedEventIds = new HashSet<>();
      for (Document d :
          StoredEvents.ofMembers(platform.mongo.connectionString(), DATABASE, BRANCH, null)) {
        storedEventIds.add(d.getString("eventIdentifier"));
        if (d.getString("memberId") != null) {
          storedMembers.add(d.getString("memberId"));
        }
      }
      assertThat(pendingAtCrash).as("events stored but unpublished when killed").isPositive();
      assertThat(storedMembers).containsAll(acknowledged);

      List<EventEnvelope> published =
          KafkaLog.read(
              platform.kafka.bootstrapServers(),
              Topics.MEMBERSHIP,
              e -> e.aggregateId().equals(BRANCH));
      Set<String> publishedIds =
          published.stream().map(EventEnvelope::eventId).collect(Collectors.toSet());
      assertThat(publishedIds)
          .as("every stored event is on Kafka, and nothing else")
          .isEqualTo(storedEventIds);

      String staff = Platform.token("FEDERATION_STAFF", null);
      await()
          .atMost(Duration.ofMinutes(1))
          .untilAsserted(
              () -> {
                var summary = platform.summary(BRANCH, 2024, staff);
                assertThat(summary.status()).isEqualTo(200);
                assertThat(summary.json().at("/members/total").asInt())
                    .isEqualTo(storedMembers.size());
              });
      assertThat(appliedMembers() - appliedBefore)
          .as("member admissions applied by the projection, each once")
          .isEqualTo(storedMembers.size());
      System.out.printf(
          "CrashIT: %d stored unpublished at the kill, %d admissions stored, %d records on Kafka%n",
          pendingAtCrash, storedMembers.size(), published.size());
    }
  }

  private double appliedMembers() {
    var counter =
        platform
            .context(REPORTING)
            .getBean(MeterRegistry.class)
            .find("reporting.events.applied")
            .tag("projection", "members")
            .counter();
    return counter == null ? 0 : counter.count();
  }
}
