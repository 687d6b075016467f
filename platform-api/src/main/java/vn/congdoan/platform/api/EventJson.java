package vn.congdoan.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;

/**
 * The one JSON form of events, in the store and on Kafka. Fixed here rather than taken from an
 * application's Jackson settings, because the permanent record must not change with them.
 */
public final class EventJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private EventJson() {}

  /**
   * The envelope a Kafka record value holds, or empty when it holds none: not JSON, not an object,
   * or without the type and payload every consumer needs. Consumers that need more of it (an event
   * id, a timestamp) filter further.
   */
  public static Optional<EventEnvelope> envelope(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      EventEnvelope e = MAPPER.readValue(value, EventEnvelope.class);
      boolean complete = e != null && e.type() != null && e.payload() != null;
      return complete ? Optional.of(e) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** A copy, so no caller can reconfigure the shared one. */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }
}
