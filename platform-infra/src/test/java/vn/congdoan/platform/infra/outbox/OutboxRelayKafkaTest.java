package vn.congdoan.platform.infra.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.platform.infra.outbox.RelayStore.TOPIC;
import static vn.congdoan.platform.infra.testing.EventMother.eventId;
import static vn.congdoan.platform.infra.testing.EventMother.events;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congdoan.local.LocalKafka;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.infra.testing.EventMother;
import vn.congdoan.platform.infra.testing.SomethingHappenedEvent;

/**
 * The relay against a real broker whose producer refuses records over 16 KB, as it refuses those
 * over 1 MB in production: one event too large for good must not hold up every other aggregate.
 */
class OutboxRelayKafkaTest {
  private static final int MAX_REQUEST = 16 * 1024;
  private static final String FENCE = "fence";

  @TempDir Path kafkaDir;

  private LocalKafka kafka;
  private KafkaProducer<String, String> producer;
  private final RelayStore store = new RelayStore();
  private OutboxRelay relay;

  @BeforeEach
  void startKafka() throws Exception {
    kafka = LocalKafka.start(kafkaDir, 0);
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      // one partition: every aggregate shares the log, as many do on a six-partition topic
      admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
    }
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                MAX_REQUEST),
            new StringSerializer(),
            new StringSerializer());
    relay = store.relay(producer, 1, 500, Duration.ofMinutes(5));
  }

  @AfterEach
  void stop() {
    producer.close();
    kafka.close();
    store.close();
  }

  /** An event whose record is twice what the producer may send. */
  private static DomainEventMessage<SomethingHappenedEvent> tooLarge(String aggregate, long seq) {
    return new GenericDomainEventMessage<>(
        EventMother.AGGREGATE_TYPE,
        aggregate,
        seq,
        new SomethingHappenedEvent(aggregate, "Nguyễn Thị Ánh ".repeat(2 * MAX_REQUEST / 15)),
        Map.of(),
        eventId(aggregate, seq),
        EventMother.RECORDED_AT.plusSeconds(seq));
  }

  @Test
  void anEventRefusedForGoodIsParkedWithItsAggregatesLaterOnesAndEveryOtherAggregateFlows()
      throws Exception {
    store.append(events("m-1", 0, 1));
    store.append(List.of(tooLarge("m-1", 1)));
    store.append(events("m-1", 2, 1));
    store.append(events("m-2", 0, 2));

    relay.publishBatch();
    relay.publishBatch();

    assertThat(store.pending()).isEmpty();
    assertThat(store.parkedIds()).containsExactlyInAnyOrder(eventId("m-1", 1), eventId("m-1", 2));
    Document refused = store.parkedCollection.find(new Document("_id", eventId("m-1", 1))).first();
    assertThat(refused.getString("reason")).contains("RecordTooLargeException");
    assertThat(
            store
                .parkedCollection
                .find(new Document("_id", eventId("m-1", 2)))
                .first()
                .getString("heldBehind"))
        .isEqualTo("m-1:1");
    assertThat(store.metrics.get("platform.outbox.parked").gauge().value()).isEqualTo(2);
    assertThat(store.metrics.get("platform.outbox.refused").counter().count()).isEqualTo(1);

    // later events: the other aggregate's go out, the parked one's wait behind its refused event
    store.append(events("m-2", 2, 1));
    store.append(events("m-1", 3, 1));
    relay.publishBatch();

    assertThat(store.pending()).isEmpty();
    assertThat(store.parkedIds()).contains(eventId("m-1", 3));
    assertThat(onKafka()).containsExactly("m-1:0", "m-2:0", "m-2:1", "m-2:2");
  }

  /**
   * The topic's records as "aggregate:sequence", up to a fence record sent after the relay's: on
   * one partition, everything the relay published (repeats included) comes before it.
   */
  private List<String> onKafka() throws Exception {
    producer.send(new ProducerRecord<>(TOPIC, FENCE, FENCE)).get();
    List<String> seen = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(TOPIC));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> seen.add(position(r.value())));
                return seen.contains(FENCE);
              });
    }
    return seen.subList(0, seen.indexOf(FENCE));
  }

  private static String position(String record) {
    if (record.equals(FENCE)) {
      return FENCE;
    }
    try {
      EventEnvelope e = EventJson.mapper().readValue(record, EventEnvelope.class);
      return e.aggregateId() + ":" + e.sequence();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
