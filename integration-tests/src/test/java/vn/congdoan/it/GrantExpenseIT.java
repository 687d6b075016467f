package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.FINANCE;
import static vn.congdoan.it.Platform.Service.WELFARE;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.welfare.api.WelfareGrantReversedEvent;

/**
 * A welfare grant becomes a member-care expense in finance by itself, once however often Kafka
 * delivers it, and its reversal takes the expense back — in both finance's year and the report.
 */
class GrantExpenseIT {
  private static final String BRANCH = "grant-expense";
  private static final String GRANT = "grant-expense-tet";

  private final Platform platform = Platform.shared();
  private final String officer = Platform.token("BRANCH_OFFICER", BRANCH);

  @Test
  void aGrantIsSpentOnceAndItsReversalTakesItBack() throws Exception {
    platform.registerBranch(BRANCH, "Công đoàn cơ sở Sở Xây dựng", "to-1");
    platform.admit(BRANCH, "ge-lan", "Lê Thị Lan", "FEMALE", "to-1");
    platform.admit(BRANCH, "ge-hung", "Trần Văn Hùng", "MALE", "to-1");
    platform.awaitWelfareMembers(BRANCH, 2);

    var granted =
        Http.post(
            platform.url(WELFARE, "/api/branches/" + BRANCH + "/welfare/grants"),
            officer,
            Map.of(
                "grantId",
                GRANT,
                "kind",
                "TET",
                "grantedOn",
                "2024-02-05",
                "recipients",
                List.of(
                    Map.of("memberId", "ge-lan", "relation", "SELF"),
                    Map.of("memberId", "ge-hung", "relation", "SELF")),
                "amountVndEach",
                500_000,
                "fund",
                "DUES"));
    assertThat(granted.status()).as(granted.body()).isIn(200, 201);
    awaitMemberCare(2024, 1_000_000);

    redeliver(GRANT);
    assertThat(storedInFinance("GrantExpenseRecorded")).as("booked once").isEqualTo(1);
    assertThat(memberCareIn(2024)).isEqualTo(1_000_000);

    var reversed =
        Http.post(
            platform.url(
                WELFARE, "/api/branches/" + BRANCH + "/welfare/grants/" + GRANT + "/reversal"),
            officer,
            Map.of("reason", "Ghi nhầm"));
    assertThat(reversed.status()).as(reversed.body()).isIn(200, 201);
    int today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(memberCareIn(2024) + memberCareIn(today)).isZero());
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(reportedMemberCare(2024) + reportedMemberCare(today)).isZero());
  }

  @Test
  void aReversalOfAGrantFinanceNeverSawIsPassedOver() throws Exception {
    var reversal =
        new WelfareGrantReversedEvent(
            "grant-expense-unseen", "grant-expense-nobooks", "Ghi nhầm", LocalDate.of(2024, 3, 1));
    var envelope =
        new EventEnvelope(
            UUID.randomUUID().toString(),
            "welfare.WelfareGrantReversed",
            "1",
            "WelfareGrant",
            "grant-expense-unseen",
            1,
            Instant.now(),
            Map.of(),
            EventJson.mapper().valueToTree(reversal));

    produceAndAwaitRead("grant-expense-unseen", EventJson.mapper().writeValueAsString(envelope));
  }

  @Test
  void welfareRefusesAGrantOfASettledYearAndOneThatSlipsThroughIsParkedNotDropped()
      throws Exception {
    String branch = "grant-settled";
    String officer = Platform.token("BRANCH_OFFICER", branch);
    platform.registerBranch(branch, "Công đoàn cơ sở Sở Tư pháp", "to-1");
    platform.admit(branch, "gs-lan", "Lê Thị Lan", "FEMALE", "to-1");
    platform.awaitWelfareMembers(branch, 1);
    var income =
        Http.post(
            platform.url(FINANCE, "/api/branches/" + branch + "/finance/income"),
            officer,
            Map.of(
                "incomeId",
                "tai-tro",
                "source",
                "Tài trợ",
                "amountVnd",
                2_000_000,
                "receivedOn",
                "2024-03-01"));
    assertThat(income.status()).as(income.body()).isEqualTo(201);
    var settled =
        Http.post(
            platform.url(FINANCE, "/api/branches/" + branch + "/finance/years/2024/settlement"),
            officer,
            Map.of());
    assertThat(settled.status()).as(settled.body()).isEqualTo(200);
    awaitWelfareKnowsSettled(branch, 2024);

    var late = Http.post(grants(branch), officer, grant("gs-late", "2024-12-20", "gs-lan"));
    assertThat(late.status()).as(late.body()).isEqualTo(422);
    assertThat(late.json().get("detail").asText()).contains("2024 are settled");
    String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    var now = Http.post(grants(branch), officer, grant("gs-now", today, "gs-lan"));
    assertThat(now.status()).as(now.body()).isEqualTo(201);

    // One that reached Kafka before welfare heard of the settlement: finance parks it.
    var slipped =
        new vn.congdoan.welfare.api.WelfareGrantRecordedEvent(
            "gs-slipped",
            branch,
            vn.congdoan.welfare.api.GrantKind.SICKNESS_VISIT,
            LocalDate.of(2024, 12, 1),
            List.of(
                new vn.congdoan.welfare.api.Recipient(
                    "gs-lan", vn.congdoan.welfare.api.Relation.SELF)),
            300_000,
            vn.congdoan.welfare.api.Fund.DUES,
            null);
    produceAndAwaitRead(
        "gs-slipped", envelope("welfare.WelfareGrantRecorded", "gs-slipped", 0, branch, slipped));
    var problems = financeYear(branch, 2024, officer).get("problems");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).get("grantId").asText()).isEqualTo("gs-slipped");
    assertThat(problems.get(0).get("reason").asText()).isEqualTo("Year 2024 is settled");
    assertThat(
            platform
                .context(FINANCE)
                .getBean(io.micrometer.core.instrument.MeterRegistry.class)
                .counter("finance.grants.parked", "entry", "grant")
                .count())
        .isGreaterThanOrEqualTo(1);
    assertThat(financeYear(branch, 2024, officer).at("/expense/totalVnd").asLong()).isZero();

    // Reversed in welfare, it leaves the problem list: nothing is left to book.
    var reversal =
        new WelfareGrantReversedEvent(
            "gs-slipped", branch, "Ghi nhầm năm", LocalDate.of(2025, 2, 1));
    produceAndAwaitRead(
        "gs-slipped", envelope("welfare.WelfareGrantReversed", "gs-slipped", 1, branch, reversal));
    assertThat(financeYear(branch, 2024, officer).get("problems")).isEmpty();
  }

  private String grants(String branch) {
    return platform.url(WELFARE, "/api/branches/" + branch + "/welfare/grants");
  }

  private static Map<String, Object> grant(String id, String on, String memberId) {
    return Map.of(
        "grantId",
        id,
        "kind",
        "SICKNESS_VISIT",
        "grantedOn",
        on,
        "recipients",
        List.of(Map.of("memberId", memberId, "relation", "SELF")),
        "amountVndEach",
        300_000,
        "fund",
        "DUES");
  }

  private com.fasterxml.jackson.databind.JsonNode financeYear(
      String branch, int year, String token) {
    var view =
        Http.get(
            platform.url(FINANCE, "/api/branches/" + branch + "/finance/years/" + year), token);
    assertThat(view.status()).as(view.body()).isEqualTo(200);
    return view.json();
  }

  /** Waits until welfare's view of the books has the year settled, as finance's event said. */
  private void awaitWelfareKnowsSettled(String branch, int year) {
    try (var client = MongoClients.create(platform.mongo.connectionString())) {
      var books = client.getDatabase("welfare").getCollection("branch_books");
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                var book = books.find(Filters.eq("_id", branch)).first();
                assertThat(book).isNotNull();
                assertThat(book.getInteger("lastSettledYear")).isEqualTo(year);
              });
    }
  }

  private static String envelope(
      String type, String grantId, long sequence, String branch, Object payload) throws Exception {
    var envelope =
        new EventEnvelope(
            UUID.randomUUID().toString(),
            type,
            "1",
            "WelfareGrant",
            grantId,
            sequence,
            Instant.now(),
            Map.of(vn.congdoan.platform.api.MetadataKeys.BRANCH, branch),
            EventJson.mapper().valueToTree(payload));
    return EventJson.mapper().writeValueAsString(envelope);
  }

  /** The report and finance's own year both show {@code amountVnd} of member care in a year. */
  private void awaitMemberCare(int year, long amountVnd) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              var finance = platform.summary(BRANCH, year, officer).json().get("finance");
              assertThat(finance.get("expenseVnd").asLong()).isEqualTo(amountVnd);
              assertThat(finance.at("/byCategory/MEMBER_CARE").asLong()).isEqualTo(amountVnd);
            });
    assertThat(memberCareIn(year)).as("finance's year view").isEqualTo(amountVnd);
  }

  private long memberCareIn(int year) {
    var view =
        Http.get(
            platform.url(FINANCE, "/api/branches/" + BRANCH + "/finance/years/" + year), officer);
    assertThat(view.status()).as(view.body()).isEqualTo(200);
    return view.json().at("/expense/byCategory/MEMBER_CARE").asLong();
  }

  /** How many events of the type finance-service stored in the branch's ledger. */
  private long storedInFinance(String type) {
    try (var client = MongoClients.create(platform.mongo.connectionString())) {
      return client
          .getDatabase("finance")
          .getCollection("domainevents")
          .countDocuments(
              Filters.and(
                  Filters.eq("aggregateIdentifier", BRANCH), Filters.regex("payloadType", type)));
    }
  }

  private long reportedMemberCare(int year) {
    var summary = platform.summary(BRANCH, year, officer);
    assertThat(summary.status()).as(summary.body()).isEqualTo(200);
    return summary.json().at("/finance/byCategory/MEMBER_CARE").asLong();
  }

  /**
   * Produces the grant's record onto {@code welfare.events} again, as a producer retry or a replay
   * would, and waits until finance has read past it.
   */
  private void redeliver(String grantId) throws Exception {
    List<EventEnvelope> recorded =
        KafkaLog.read(
            platform.kafka.bootstrapServers(),
            Topics.WELFARE,
            e -> grantId.equals(e.aggregateId()) && e.type().endsWith("WelfareGrantRecorded"));
    assertThat(recorded).hasSize(1);
    produceAndAwaitRead(grantId, EventJson.mapper().writeValueAsString(recorded.get(0)));
  }

  /** Sends a record to {@code welfare.events}; waits until finance's group acknowledged past it. */
  private void produceAndAwaitRead(String key, String value) throws Exception {
    String bootstrap = platform.kafka.bootstrapServers();
    Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    RecordMetadata sent;
    try (var producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      sent = producer.send(new ProducerRecord<>(Topics.WELFARE, key, value)).get();
    }
    var partition = new TopicPartition(sent.topic(), sent.partition());
    try (var admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                OffsetAndMetadata committed =
                    admin
                        .listConsumerGroupOffsets("finance-grants")
                        .partitionsToOffsetAndMetadata()
                        .get()
                        .get(partition);
                assertThat(committed).isNotNull();
                assertThat(committed.offset()).isGreaterThan(sent.offset());
              });
    }
  }
}
