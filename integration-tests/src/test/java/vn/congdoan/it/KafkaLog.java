package vn.congdoan.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;

/** Reads a whole topic from the beginning to its current end, as an independent observer. */
final class KafkaLog {
  private static final ObjectMapper JSON = EventJson.mapper();

  private KafkaLog() {}

  static List<EventEnvelope> read(String bootstrap, String topic, Predicate<EventEnvelope> filter) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.GROUP_ID_CONFIG,
            "it-observer-" + UUID.randomUUID(),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
            2000);
    List<EventEnvelope> envelopes = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (var record : consumer.poll(Duration.ofMillis(500))) {
          EventEnvelope envelope = parse(record.value());
          if (filter.test(envelope)) {
            envelopes.add(envelope);
          }
        }
      }
    }
    return envelopes;
  }

  private static EventEnvelope parse(String value) {
    try {
      return JSON.readValue(value, EventEnvelope.class);
    } catch (IOException e) {
      throw new AssertionError("Not an event envelope: " + value, e);
    }
  }
}
