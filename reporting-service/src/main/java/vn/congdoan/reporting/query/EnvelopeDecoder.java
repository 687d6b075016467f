package vn.congdoan.reporting.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.infra.events.WireNames;

/** Reads Kafka record values into envelopes and envelopes' payloads into the api records. */
public class EnvelopeDecoder {
  private final ObjectMapper json = EventJson.mapper();
  private final WireNames wireNames;

  public EnvelopeDecoder(WireNames wireNames) {
    this.wireNames = wireNames;
  }

  /**
   * The envelope, or empty when the value is not one: such a record can never be applied, however
   * often it is delivered, so it is skipped rather than allowed to stop the stream.
   */
  public Optional<EventEnvelope> envelope(String value) {
    // Projections key documents by event id and measure lag from the timestamp: both are needed.
    return EventJson.envelope(value)
        .filter(e -> e.eventId() != null && e.aggregateId() != null && e.timestamp() != null);
  }

  /** The class published under the envelope's wire name, if this service knows it. */
  public Optional<Class<?>> typeOf(EventEnvelope envelope) {
    return wireNames.classOf(envelope.type());
  }

  /** The payload as {@code type}; throws {@link JsonProcessingException} when it does not fit. */
  public <T> T payload(EventEnvelope envelope, Class<T> type) throws JsonProcessingException {
    return json.treeToValue(envelope.payload(), type);
  }
}
