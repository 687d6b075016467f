package vn.congdoan.platform.infra.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import vn.congdoan.platform.api.EventEnvelope;

/** Turns an event document of the store into the envelope published on Kafka. */
final class EnvelopeReader {
  private final ObjectMapper json;

  EnvelopeReader(ObjectMapper json) {
    this.json = json;
  }

  EventEnvelope read(Document event) {
    try {
      return new EventEnvelope(
          event.getString(OutboxStorageStrategy.EVENT_ID),
          event.getString("payloadType"),
          event.getString("payloadRevision"),
          event.getString("type"),
          event.getString("aggregateIdentifier"),
          ((Number) event.get("sequenceNumber")).longValue(),
          Instant.parse(event.getString("timestamp")),
          metadata(event.get("serializedMetaData")),
          json.readTree(text(event.get("serializedPayload"))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Stored event " + event.get(OutboxStorageStrategy.EVENT_ID) + " is not JSON", e);
    }
  }

  private Map<String, String> metadata(Object stored) throws JsonProcessingException {
    Map<String, String> result = new LinkedHashMap<>();
    if (stored == null) {
      return result;
    }
    json.readTree(text(stored))
        .properties()
        .forEach(e -> result.put(e.getKey(), e.getValue().asText()));
    return result;
  }

  private static String text(Object stored) {
    return stored instanceof Document d ? d.toJson() : String.valueOf(stored);
  }
}
