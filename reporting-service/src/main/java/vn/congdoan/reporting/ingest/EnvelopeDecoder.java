package vn.congdoan.reporting.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.infra.wire.PayloadUpcasts;
import vn.congdoan.platform.infra.wire.WireNames;

/**
 * Reads Kafka record values into envelopes and envelopes' payloads into the api records, bringing a
 * payload published in an older revision to the one the records have.
 */
public class EnvelopeDecoder {
  private final ObjectMapper json = EventJson.mapper();
  private final WireNames wireNames;
  private final PayloadUpcasts upcasts;

  public EnvelopeDecoder(WireNames wireNames, PayloadUpcasts upcasts) {
    this.wireNames = wireNames;
    this.upcasts = upcasts;
  }

  /** Every event type and upcaster of the platform. */
  public static EnvelopeDecoder forPlatform() {
    return new EnvelopeDecoder(WireNames.scan("vn.congdoan"), PayloadUpcasts.platform());
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
    return json.treeToValue(upcasts.upcast(envelope).payload(), type);
  }
}
