package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;

import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.AddGroupCommand;
import vn.congdoan.membership.api.AdmitMemberCommand;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.RegisterBranchCommand;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Topics;

/**
 * 20,000 events appended as fast as eight writers can: every one reaches Kafka exactly once and the
 * projection counts each exactly once. (Axon's timestamp-tracking of the Mongo store is known to
 * stall or skip on such bursts; the outbox must not.)
 */
class BurstIT {
  private static final int EVENTS = 20_000;
  private static final int BRANCHES = 8;
  private final Platform platform = Platform.shared();

  @Test
  void aBurstOfTwentyThousandEventsReachesKafkaAndTheProjectionExactlyOnce() throws Exception {
    CommandGateway gateway = platform.context(MEMBERSHIP).getBean(CommandGateway.class);
    for (int b = 0; b < BRANCHES; b++) {
      BranchId branch = new BranchId("burst-" + b);
      send(
          gateway,
          new RegisterBranchCommand(
              branch, "Công đoàn cơ sở số " + b, "Liên đoàn Lao động tỉnh", Sector.OTHER));
      send(gateway, new AddGroupCommand(branch, new GroupId("to-1"), "Tổ công đoàn 1"));
    }
    int admissions = EVENTS - 2 * BRANCHES;
    long start = System.nanoTime();
    ExecutorService writers = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < admissions; i++) {
      int n = i;
      done.add(
          writers.submit(
              () ->
                  send(
                      gateway,
                      new AdmitMemberCommand(
                          new BranchId("burst-" + (n % BRANCHES)),
                          new MemberId("burst-m-" + n),
                          new GroupId("to-1"),
                          new PersonalData(
                              "Nguyễn Văn Số " + n, LocalDate.of(1990, 1, 1), null, null),
                          n % 3 == 0 ? Gender.FEMALE : Gender.MALE,
                          LocalDate.of(2024, 1, 2),
                          null,
                          false))));
    }
    for (Future<?> f : done) {
      f.get();
    }
    writers.shutdown();
    report("appended", start);

    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> outboxSize() == 0);
    report("all acknowledged by Kafka", start);
    List<EventEnvelope> published =
        KafkaLog.read(
            platform.kafka.bootstrapServers(),
            Topics.MEMBERSHIP,
            e -> e.aggregateId().startsWith("burst-"));
    Set<String> distinct =
        published.stream().map(EventEnvelope::eventId).collect(Collectors.toSet());
    assertThat(distinct).hasSize(EVENTS);
    assertThat(published).hasSize(EVENTS);
    assertThat(published)
        .allSatisfy(
            e ->
                assertThat(e.metadata())
                    .containsEntry("user", "burst-test")
                    .containsKey("causationId"));

    String staff = Platform.token("FEDERATION_STAFF", null);
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              int total = 0;
              for (int b = 0; b < BRANCHES; b++) {
                var summary = platform.summary("burst-" + b, 2024, staff);
                assertThat(summary.status()).isEqualTo(200);
                total += summary.json().at("/members/total").asInt();
              }
              assertThat(total).isEqualTo(admissions);
            });
  }

  // Printed, not asserted: timing is for the benchmark, this test proves completeness.
  private static void report(String phase, long start) {
    System.out.printf(
        "BurstIT: %d events %s after %d ms%n",
        EVENTS, phase, (System.nanoTime() - start) / 1_000_000);
  }

  private static void send(CommandGateway gateway, Object command) {
    gateway.sendAndWait(
        GenericCommandMessage.asCommandMessage(command)
            .andMetaData(MetaData.with("user", "burst-test")));
  }

  private long outboxSize() {
    try (var client = MongoClients.create(platform.mongo.connectionString())) {
      return client.getDatabase("membership").getCollection("outbox").countDocuments();
    }
  }
}
