package vn.congdoan.platform.infra.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import vn.congdoan.platform.infra.config.WriteOrder;

/**
 * Stores one document per event and records every appended event in the outbox collection
 * <em>before</em> the events themselves: whatever the process dies of, an event in the store always
 * has an outbox entry, so the {@link OutboxRelay} publishes it at least once. An outbox entry whose
 * event never made it to the store (the append failed or the process died in between) is recognised
 * by the relay and dropped, so nothing is published that was not stored.
 *
 * <p>We do not track the event store by timestamp (Axon's Mongo tracking token): under bursts and
 * concurrent writers it can skip or stall (axon-mongo issue 6); the outbox holds only what is not
 * yet published, so the relay never scans history.
 *
 * <p>Each event's {@code _id} is its stream position, {@code <aggregateId>:<sequence>}, and an
 * aggregate is read by exact {@code _id} lookups: the primary index serves that on every MongoDB,
 * including the embedded server, which cannot use a compound index for a range query and would
 * otherwise scan the whole store for every aggregate it loads.
 */
public class OutboxStorageStrategy extends DocumentPerEventStorageStrategy {
  public static final String EVENT_ID = "eventIdentifier";
  public static final String AGGREGATE = "aggregateIdentifier";
  private static final int PROBE = 8;
  private static final String UNIQUE_AGGREGATE_INDEX = "uniqueAggregateIndex";

  private final MongoCollection<Document> outbox;
  private final MongoCollection<Document> queue;
  private final Runnable onAppend;
  private final OutboxHook hook;

  /**
   * @param outbox the collection of not-yet-published events
   * @param onAppend called after each successful append, to wake the relay
   * @param hook told of each append before it is written and of each stored event a load reads
   */
  public OutboxStorageStrategy(
      MongoCollection<Document> outbox, Runnable onAppend, OutboxHook hook) {
    this.outbox = outbox;
    this.hook = hook;
    // made durable by the events' own insert, which follows ({@link WriteOrder})
    this.queue = WriteOrder.durableWithTheEvents(outbox);
    this.onAppend = onAppend;
  }

  /**
   * Axon's two indexes on the events serve nothing here, and each insert kept them up to date: the
   * unique one on (aggregate, sequence) repeats what the position in {@code _id} already makes
   * unique, and the one on (timestamp, sequence) serves Axon's tracking reads, which nothing uses
   * (the relay reads the outbox). Stores made before have them dropped. Snapshots keep theirs.
   */
  @Override
  public void ensureIndexes(
      MongoCollection<Document> eventsCollection, MongoCollection<Document> snapshotsCollection) {
    snapshotsCollection.createIndex(
        Indexes.ascending(AGGREGATE, "sequenceNumber"),
        new IndexOptions().unique(true).name(UNIQUE_AGGREGATE_INDEX));
    Set<String> present = new HashSet<>();
    eventsCollection.listIndexes().forEach(index -> present.add(index.getString("name")));
    for (String unused : List.of(UNIQUE_AGGREGATE_INDEX, "orderedEventStreamIndex")) {
      if (present.contains(unused)) {
        eventsCollection.dropIndex(unused);
      }
    }
  }

  /** The {@code _id} of a stored event: its stream position. */
  public static String position(Object aggregateId, long sequence) {
    return aggregateId + ":" + sequence;
  }

  @Override
  public void appendEvents(
      MongoCollection<Document> eventCollection,
      List<? extends EventMessage<?>> events,
      Serializer serializer) {
    List<Document> documents = createEventDocuments(events, serializer).toList();
    hook.appending(eventCollection, documents);
    List<Document> entries = documents.stream().map(OutboxStorageStrategy::outboxEntry).toList();
    queue.insertMany(entries);
    try {
      eventCollection.insertMany(documents);
    } catch (RuntimeException e) {
      // An ordered insert stops at the first failure: the events before it are stored and keep
      // their entries. Only an entry whose own event (by id) is not in the store is removed.
      Set<Object> stored = new HashSet<>();
      eventCollection
          .find(Filters.in("_id", documents.stream().map(d -> d.get("_id")).toList()))
          .forEach(d -> stored.add(d.get(EVENT_ID)));
      outbox.deleteMany(
          Filters.in(
              "_id",
              entries.stream().map(d -> d.get("_id")).filter(id -> !stored.contains(id)).toList()));
      throw e;
    }
    onAppend.run();
  }

  @Override
  protected Stream<Document> createEventDocuments(
      List<? extends EventMessage<?>> events, Serializer serializer) {
    return super.createEventDocuments(events, serializer)
        .peek(d -> d.put("_id", position(d.get(AGGREGATE), sequence(d))));
  }

  @Override
  public List<? extends DomainEventData<?>> findDomainEvents(
      MongoCollection<Document> collection, String aggregateId, long firstSequence, int batchSize) {
    List<DomainEventData<?>> events = new ArrayList<>();
    long next = firstSequence;
    // Most streams are short: probe a few positions first, more while the stream goes on.
    int probe = Math.min(PROBE, batchSize);
    while (events.size() < batchSize) {
      List<Document> found =
          collection
              .find(Filters.in("_id", positions(aggregateId, next, probe)))
              .into(new ArrayList<>());
      found.sort(Comparator.comparingLong(OutboxStorageStrategy::sequence));
      for (Document d : found) {
        // A stream has no gaps; anything past one would be read out of order.
        if (sequence(d) != next) {
          return events;
        }
        next++;
        extractEvents(d).forEach(events::add);
        hook.read(d);
      }
      if (found.size() < probe) {
        return events;
      }
      probe = Math.min(probe * 2, batchSize - events.size());
    }
    return events;
  }

  public static long sequence(Document d) {
    return ((Number) d.get("sequenceNumber")).longValue();
  }

  @Override
  public Optional<Long> lastSequenceNumberFor(
      MongoCollection<Document> collection, String aggregateId) {
    long next = 0;
    int batch = 256;
    while (true) {
      long present =
          collection.countDocuments(Filters.in("_id", positions(aggregateId, next, batch)));
      next += present;
      if (present < batch) {
        return next == 0 ? Optional.empty() : Optional.of(next - 1);
      }
    }
  }

  private static List<String> positions(String aggregateId, long first, int count) {
    return LongStream.range(first, first + count).mapToObj(s -> position(aggregateId, s)).toList();
  }

  private static Document outboxEntry(Document event) {
    return new Document("_id", event.get(EVENT_ID))
        .append("event", event.get("_id"))
        .append("aggregateIdentifier", event.get("aggregateIdentifier"))
        .append("sequenceNumber", event.get("sequenceNumber"))
        .append("queuedAt", Date.from(Instant.now()));
  }
}
