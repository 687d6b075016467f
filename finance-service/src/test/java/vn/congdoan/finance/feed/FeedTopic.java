package vn.congdoan.finance.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;

/**
 * Another service's event topic as a feed consumer reads it: each record an envelope keyed by its
 * aggregate id, as that service's outbox publishes it.
 */
public record FeedTopic(String topic, long offset, String aggregateType, Instant recordedAt) {
  private static final ObjectMapper JSON = EventJson.mapper();

  public ConsumerRecord<String, String> record(
      String type, String id, Map<String, String> metadata, Object payload) {
    var envelope =
        new EventEnvelope(
            "e-" + id,
            type,
            "1",
            aggregateType,
            id,
            0,
            recordedAt,
            metadata,
            JSON.valueToTree(payload));
    try {
      return new ConsumerRecord<>(topic, 0, offset, id, JSON.writeValueAsString(envelope));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A record no envelope can be read from, as a misbehaving producer might write. */
  public ConsumerRecord<String, String> garbage() {
    return new ConsumerRecord<>(topic, 0, 9, "x", "not json");
  }
}
