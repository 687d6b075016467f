package vn.congdoan.it;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.api.WireName;
import vn.congdoan.reporting.ingest.Delivery;

/** Events wrapped as the outbox relay publishes them, for tests that feed reporting directly. */
final class Envelopes {
  private Envelopes() {}

  static Delivery delivery(
      String topic, String aggregateType, String aggregateId, long sequence, Object payload) {
    return new Delivery(
        topic,
        new EventEnvelope(
            UUID.randomUUID().toString(),
            payload.getClass().getAnnotation(WireName.class).value(),
            payload.getClass().getAnnotation(Revision.class).value(),
            aggregateType,
            aggregateId,
            sequence,
            Instant.now(),
            Map.of(MetadataKeys.USER, "reconciliation"),
            EventJson.mapper().valueToTree(payload)));
  }
}
