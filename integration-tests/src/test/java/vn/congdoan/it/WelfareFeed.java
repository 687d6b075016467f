package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
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
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.api.Topics;

/**
 * Records put on {@code welfare.events} by hand — a redelivery, a grant that reached Kafka before
 * welfare knew better — and the wait until finance's feed has read past them.
 */
final class WelfareFeed {
  private WelfareFeed() {}

  /** A grant event of {@code branch} as the outbox relay publishes it. */
  static String envelope(String type, String grantId, long sequence, String branch, Object payload)
      throws Exception {
    var envelope =
        new EventEnvelope(
            UUID.randomUUID().toString(),
            type,
            "1",
            "WelfareGrant",
            grantId,
            sequence,
            Instant.now(),
            branch == null ? Map.of() : Map.of(MetadataKeys.BRANCH, branch),
            EventJson.mapper().valueToTree(payload));
    return EventJson.mapper().writeValueAsString(envelope);
  }

  /** Sends a record to {@code welfare.events}; waits until finance's group acknowledged past it. */
  static void produceAndAwaitRead(Platform platform, String key, String value) throws Exception {
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
