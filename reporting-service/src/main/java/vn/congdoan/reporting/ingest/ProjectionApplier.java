package vn.congdoan.reporting.ingest;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congdoan.platform.api.ChainDigestedEvent;
import vn.congdoan.platform.infra.concurrent.Futures;
import vn.congdoan.platform.infra.config.WriteOrder;
import vn.congdoan.reporting.projection.BulkWriter;
import vn.congdoan.reporting.projection.Projection;

/**
 * Applies a batch of envelopes to the projections: each event becomes idempotent writes, and each
 * projection's writes go to MongoDB in one bulk write. Applying a batch again, whole or in part,
 * leaves the read model as it is, so the consumer may commit offsets only afterwards and still
 * crash anywhere in between.
 */
public class ProjectionApplier {
  private static final Logger log = LoggerFactory.getLogger(ProjectionApplier.class);

  private final EnvelopeDecoder decoder;
  private final ProjectionMetrics metrics;
  private final Map<Class<?>, Projection> byType = new HashMap<>();
  private final List<EventRecorder> recorders;
  private final Set<String> unknownTypesSeen = ConcurrentHashMap.newKeySet();
  private ExecutorService parallel;

  public ProjectionApplier(
      EnvelopeDecoder decoder, ProjectionMetrics metrics, List<Projection> projections) {
    this(decoder, metrics, projections, List.of());
  }

  /** {@code recorders} see every envelope of a batch, before the projections do. */
  public ProjectionApplier(
      EnvelopeDecoder decoder,
      ProjectionMetrics metrics,
      List<Projection> projections,
      List<EventRecorder> recorders) {
    this.decoder = decoder;
    this.metrics = metrics;
    this.recorders = List.copyOf(recorders);
    for (Projection projection : projections) {
      projection.eventTypes().forEach(type -> byType.put(type, projection));
    }
  }

  public void apply(List<Delivery> batch) {
    // The trail is written without waiting for the journal: the projections' journaled writes
    // after it carry it to disk (WriteOrder), or, if none come, it is written again journaled.
    recorders.forEach(
        recorder -> record(WriteOrder.answeredOnceApplied(recorder.collection()), recorder, batch));
    AtomicBoolean journaled = new AtomicBoolean();
    // Arrival order is kept per projection: one aggregate's events all go to one projection.
    Map<Projection, Pending> pending = new LinkedHashMap<>();
    for (Delivery delivery : batch) {
      Class<?> type = decoder.typeOf(delivery.envelope()).orElse(null);
      Projection projection = type == null ? null : byType.get(type);
      if (projection == null) {
        // a service's seal is for the trail and the verification only: no figure depends on it
        if (type != ChainDigestedEvent.class) {
          skipUnknown(delivery);
        }
        continue;
      }
      Object event = read(type, delivery);
      if (event == null) {
        continue;
      }
      Pending writes = pending.computeIfAbsent(projection, p -> new Pending(p, journaled));
      if (projection.readsBeforeWriting(event)) {
        writes.flush();
      }
      writes.add(delivery, writesFor(projection, delivery, event));
    }
    flushAll(List.copyOf(pending.values()));
    for (EventRecorder recorder : recorders) {
      if (!journaled.get() && WriteOrder.journaled(recorder.collection())) {
        record(recorder.collection(), recorder, batch);
      }
    }
    batch.forEach(d -> metrics.reached(d.topic(), d.envelope().timestamp()));
  }

  /**
   * Writes of a batch to several collections go out side by side: the store serves each collection
   * on its own, and one stream of bulk writes left it (and the second core) waiting during a
   * replay; live, each projection's journaled write waited for a forced commit of its own. Each
   * projection's own writes keep their order; no projection reads another's collection before
   * writing (it would see this batch's writes or not depending on where Kafka cut it).
   */
  public ProjectionApplier flushingOn(ExecutorService more) {
    this.parallel = more;
    return this;
  }

  private void flushAll(List<Pending> all) {
    if (parallel == null || all.size() < 2) {
      all.forEach(Pending::flush);
      return;
    }
    List<Future<?>> running = new ArrayList<>();
    all.subList(1, all.size()).forEach(p -> running.add(parallel.submit(p::flush)));
    try {
      all.get(0).flush();
    } finally {
      // also when this thread's part failed: no write may still be under way once apply ends
      Futures.joinAll(running);
    }
  }

  /** Unordered: each envelope is its own document, kept as first written. */
  private void record(
      MongoCollection<Document> collection, EventRecorder recorder, List<Delivery> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<WriteModel<Document>> writes = batch.stream().map(recorder::write).toList();
    metrics.counted(recorder.name(), BulkWriter.write(collection, writes, false));
    batch.forEach(d -> metrics.applied(recorder.name(), d));
  }

  /** One projection's writes not sent yet, and the deliveries they came from. */
  private final class Pending {
    private final Projection projection;
    private final AtomicBoolean journaled;
    private final List<WriteModel<Document>> writes = new ArrayList<>();
    private final List<Delivery> deliveries = new ArrayList<>();

    Pending(Projection projection, AtomicBoolean journaled) {
      this.projection = projection;
      this.journaled = journaled;
    }

    void add(Delivery delivery, List<WriteModel<Document>> more) {
      if (more != null) {
        writes.addAll(more);
        deliveries.add(delivery);
      }
    }

    void flush() {
      if (!writes.isEmpty()) {
        metrics.counted(
            projection.name(),
            BulkWriter.write(projection.collection(), writes, projection.ordered()));
        if (WriteOrder.journaled(projection.collection())) {
          journaled.set(true);
        }
      }
      deliveries.forEach(d -> metrics.applied(projection.name(), d));
      writes.clear();
      deliveries.clear();
    }
  }

  private void skipUnknown(Delivery delivery) {
    String type = delivery.envelope().type();
    if (unknownTypesSeen.add(type)) {
      log.warn("Skipping events of type {}: no projection reads them", type);
    }
    metrics.skipped(delivery.topic(), "unknown-type");
  }

  /** Null for a payload that does not fit its type: it never will, so it is skipped. */
  private Object read(Class<?> type, Delivery delivery) {
    try {
      return decoder.payload(delivery.envelope(), type);
    } catch (Exception e) {
      poison(delivery, e);
      return null;
    }
  }

  /** Null for an event its projection cannot make sense of (a field it needs is missing). */
  private List<WriteModel<Document>> writesFor(
      Projection projection, Delivery delivery, Object event) {
    try {
      return projection.write(delivery.envelope(), event);
    } catch (MongoException e) {
      // A read before writing failed: the store is away, and the batch is tried again.
      throw e;
    } catch (RuntimeException e) {
      poison(delivery, e);
      return null;
    }
  }

  private void poison(Delivery delivery, Exception e) {
    var envelope = delivery.envelope();
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
  }
}
