package vn.congdoan.reporting.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.ServiceUnavailableException;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.ingest.EnvelopeDecoder;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.reporting.projection.TrailFields;
import vn.congdoan.reporting.verification.PublishedDigests;

/**
 * A branch's record as it stood at an instant: the trail's events recorded by then replayed, by the
 * same projections, into a scratch database that is dropped afterwards. A correction recorded later
 * is not in it, so an auditor gets the figures the branch printed that day. Only the events that
 * can touch the branch are replayed: its own, and those of no branch (campaigns, rules).
 */
public class PointInTime {
  private static final int BATCH = 500;
  static final Duration KEEP = Duration.ofMinutes(10);
  private static final int KEPT = 64;
  private static final JsonWriterSettings JSON =
      JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

  private final MongoClient client;
  private final MongoCollection<Document> trail;
  private final EnvelopeDecoder decoder;
  private final Clock clock;
  private final ObjectMapper mapper = new ObjectMapper();
  // an auditor reads the summary, then prints the document, of the same day: one replay for both
  private final Map<Key, Kept> kept =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
          return size() > KEPT;
        }
      };

  private final Semaphore rebuilds;
  private final int maxRebuilds;

  /**
   * @param maxRebuilds scratch rebuilds at once; a reading that would start one more is refused
   */
  public PointInTime(
      MongoClient client,
      MongoCollection<Document> trail,
      EnvelopeDecoder decoder,
      Clock clock,
      int maxRebuilds) {
    this.rebuilds = new Semaphore(maxRebuilds);
    this.maxRebuilds = maxRebuilds;
    this.client = client;
    this.trail = trail;
    this.decoder = decoder;
    this.clock = clock;
  }

  /**
   * What {@code read} finds in the branch's read model as it stood at {@code asOf}. A reading is
   * kept for {@link #KEEP} under {@code what} (the caller's name for {@code read}, such as {@code
   * summary:2024}) and given again while the trail still holds the same events up to {@code asOf}:
   * the trail is insert-only, so the same count is the same events. An event that arrives late with
   * an earlier timestamp changes the count and the reading is done again.
   */
  public <T> T of(String branchId, Instant asOf, String what, Function<ReportingStore, T> read) {
    Bson touching = touching(branchId, asOf);
    long events = trail.countDocuments(touching);
    var key = new Key(branchId, asOf, what);
    Instant now = clock.instant();
    synchronized (kept) {
      Kept earlier = kept.get(key);
      if (earlier != null && earlier.events() == events && now.isBefore(earlier.at().plus(KEEP))) {
        @SuppressWarnings("unchecked")
        T value = (T) earlier.value();
        return value;
      }
    }
    // Refused rather than queued: a queue of rebuilds would hold request threads for minutes.
    if (!rebuilds.tryAcquire()) {
      throw new ServiceUnavailableException(Refusal.of("reporting.as-of.busy", maxRebuilds), null);
    }
    T value;
    try {
      value = replay(touching, read);
    } finally {
      rebuilds.release();
    }
    synchronized (kept) {
      kept.put(key, new Kept(events, now, value));
    }
    return value;
  }

  /** The events recorded by {@code asOf} that can touch the branch. */
  private static Bson touching(String branchId, Instant asOf) {
    return and(
        lte(TrailFields.TIMESTAMP, Date.from(asOf)),
        or(
            eq(ReportingStore.BRANCH_ID, branchId),
            eq(ReportingStore.BRANCH_ID, null),
            eq(TrailFields.AGGREGATE_ID, branchId)),
        // the services' seals are of no branch but touch no figure: a year has thousands
        ne(TrailFields.TYPE, PublishedDigests.TYPE));
  }

  private <T> T replay(Bson touching, Function<ReportingStore, T> read) {
    try (var scratch =
        new ScratchReadModel(
            client, "reporting-asof-" + UUID.randomUUID(), decoder, clock, false)) {
      List<Delivery> batch = new ArrayList<>(BATCH);
      // an aggregate's events in their sequence, whatever their timestamps share
      for (Document event :
          trail
              .find(touching)
              .sort(
                  Sorts.ascending(
                      TrailFields.TIMESTAMP, TrailFields.AGGREGATE_ID, TrailFields.SEQUENCE))
              .batchSize(BATCH)) {
        batch.add(delivery(event));
        if (batch.size() == BATCH) {
          scratch.applier.apply(batch);
          batch.clear();
        }
      }
      scratch.applier.apply(batch);
      return read.apply(scratch.store);
    }
  }

  private record Key(String branchId, Instant asOf, String what) {}

  private record Kept(long events, Instant at, Object value) {}

  private Delivery delivery(Document event) {
    Map<String, String> metadata = new HashMap<>();
    put(metadata, MetadataKeys.USER, event.getString(TrailFields.USER));
    put(metadata, MetadataKeys.BRANCH, event.getString(ReportingStore.BRANCH_ID));
    put(metadata, MetadataKeys.CORRELATION_ID, event.getString(TrailFields.CORRELATION_ID));
    Document payload = event.get(TrailFields.PAYLOAD, Document.class);
    try {
      var envelope =
          new EventEnvelope(
              event.getString("_id"),
              event.getString(TrailFields.TYPE),
              event.getString(TrailFields.REVISION),
              event.getString(TrailFields.AGGREGATE_TYPE),
              event.getString(TrailFields.AGGREGATE_ID),
              ((Number) event.get(TrailFields.SEQUENCE)).longValue(),
              event.getDate(TrailFields.TIMESTAMP).toInstant(),
              metadata,
              payload == null ? null : mapper.readTree(payload.toJson(JSON)));
      return new Delivery(topic(event.getString(TrailFields.SERVICE)), envelope);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Trail event " + event.get("_id") + " is not JSON", e);
    }
  }

  private static String topic(String service) {
    return ScratchReadModel.TOPICS.stream()
        .filter(t -> t.startsWith(service + "."))
        .findFirst()
        .orElse(service);
  }

  private static void put(Map<String, String> metadata, String key, String value) {
    if (value != null) {
      metadata.put(key, value);
    }
  }
}
