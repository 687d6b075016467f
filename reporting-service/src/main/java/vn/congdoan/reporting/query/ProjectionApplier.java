package vn.congdoan.reporting.query;

import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a batch of envelopes to the projections: each event becomes one idempotent write, and
 * each projection's writes go to MongoDB in one bulk write. Applying a batch again, whole or in
 * part, leaves the read model as it is, so the consumer may commit offsets only afterwards and
 * still crash anywhere in between.
 */
public class ProjectionApplier {
  private static final Logger log = LoggerFactory.getLogger(ProjectionApplier.class);

  private final EnvelopeDecoder decoder;
  private final ProjectionMetrics metrics;
  private final Map<Class<?>, Projection> byType = new HashMap<>();
  private final Set<String> unknownTypesSeen = ConcurrentHashMap.newKeySet();

  public ProjectionApplier(
      EnvelopeDecoder decoder, ProjectionMetrics metrics, List<Projection> projections) {
    this.decoder = decoder;
    this.metrics = metrics;
    for (Projection projection : projections) {
      projection.eventTypes().forEach(type -> byType.put(type, projection));
    }
  }

  public void apply(List<Delivery> batch) {
    // Arrival order is kept per projection: one aggregate's events all go to one projection.
    Map<Projection, List<WriteModel<Document>>> writes = new LinkedHashMap<>();
    Map<Projection, List<Delivery>> delivered = new LinkedHashMap<>();
    for (Delivery delivery : batch) {
      Class<?> type = decoder.typeOf(delivery.envelope()).orElse(null);
      Projection projection = type == null ? null : byType.get(type);
      if (projection == null) {
        skipUnknown(delivery);
        continue;
      }
      WriteModel<Document> write = writeFor(projection, type, delivery);
      if (write != null) {
        writes.computeIfAbsent(projection, p -> new ArrayList<>()).add(write);
        delivered.computeIfAbsent(projection, p -> new ArrayList<>()).add(delivery);
      }
    }
    writes.forEach(
        (projection, models) -> {
          BulkWriter.Outcome outcome =
              BulkWriter.write(projection.collection(), models, projection.ordered());
          metrics.counted(projection.name(), outcome);
          delivered.get(projection).forEach(d -> metrics.applied(projection.name(), d));
        });
    batch.forEach(d -> metrics.reached(d.topic(), d.envelope().timestamp()));
  }

  private void skipUnknown(Delivery delivery) {
    String type = delivery.envelope().type();
    if (unknownTypesSeen.add(type)) {
      log.warn("Skipping events of type {}: no projection reads them", type);
    }
    metrics.skipped(delivery.topic(), "unknown-type");
  }

  /** Null for a payload that does not fit its type: it never will, so it is skipped. */
  private WriteModel<Document> writeFor(Projection projection, Class<?> type, Delivery delivery) {
    var envelope = delivery.envelope();
    try {
      Object event = decoder.payload(envelope, type);
      return projection.write(envelope, event);
    } catch (Exception e) {
      // Only the exception's class: its message may quote the payload, personal data included.
      log.error(
          "Skipping event {} ({} of {} #{}) from {}: its payload cannot be read ({})",
          envelope.eventId(),
          envelope.type(),
          envelope.aggregateId(),
          envelope.sequence(),
          delivery.topic(),
          e.getClass().getSimpleName());
      metrics.skipped(delivery.topic(), "poison");
      return null;
    }
  }
}
