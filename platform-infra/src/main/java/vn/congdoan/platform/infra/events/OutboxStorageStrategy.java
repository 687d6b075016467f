package vn.congdoan.platform.infra.events;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.modelling.command.ConcurrencyException;
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
  static final String EVENT_ID = "eventIdentifier";
  static final String AGGREGATE = "aggregateIdentifier";
  private static final int PROBE = 8;

  private final MongoCollection<Document> outbox;
  private final MongoCollection<Document> queue;
  private final Runnable onAppend;

  /**
   * @param outbox the collection of not-yet-published events
   * @param onAppend called after each successful append, to wake the relay
   */
  public OutboxStorageStrategy(MongoCollection<Document> outbox, Runnable onAppend) {
    this.outbox = outbox;
    // made durable by the events' own insert, which follows ({@link WriteOrder})
    this.queue = WriteOrder.durableWithTheEvents(outbox);
    this.onAppend = onAppend;
  }

  static String position(Object aggregateId, long sequence) {
    return aggregateId + ":" + sequence;
  }

  @Override
  public void appendEvents(
      MongoCollection<Document> eventCollection,
      List<? extends EventMessage<?>> events,
      Serializer serializer) {
    List<Document> documents = createEventDocuments(events, serializer).toList();
    chain(eventCollection, documents);
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

  /**
   * Links each event to the one before it in its stream ({@link EventChain}). The predecessor of a
   * batch's first event of an aggregate is read from the store: Axon appends position n only after
   * loading the stream up to n - 1, and a rival writer of position n fails on the duplicate key. A
   * predecessor the store does not hold means the writer went on from a state the store no longer
   * has (an embedded store that lost its last writes, a MongoDB failover that rolled some back):
   * the append is refused rather than forking the stream, and Axon drops its cached aggregate. A
   * predecessor this unit of work has just read while loading the aggregate is not read again
   * ({@link ReadHeads}): that read proved the same, one round trip earlier.
   */
  private static void chain(MongoCollection<Document> eventCollection, List<Document> documents) {
    Map<Object, String> last = new HashMap<>();
    Map<Object, String> read = ReadHeads.ofThisUnitOfWork();
    List<String> predecessors = new ArrayList<>();
    for (Document d : documents) {
      if (sequence(d) > 0) {
        String predecessor = position(d.get(AGGREGATE), sequence(d) - 1);
        String known = read.get(predecessor);
        if (known != null) {
          last.put(predecessor, known);
        } else {
          predecessors.add(predecessor);
        }
      }
    }
    if (!predecessors.isEmpty()) {
      eventCollection
          .find(Filters.in("_id", predecessors))
          .forEach(d -> last.put(d.get("_id"), d.getString(EventChain.HASH)));
    }
    for (Document d : documents) {
      String previous =
          sequence(d) == 0
              ? EventChain.GENESIS
              : last.get(position(d.get(AGGREGATE), sequence(d) - 1));
      if (previous == null) {
        throw new ConcurrencyException(
            "The stored stream of "
                + d.get(AGGREGATE)
                + " does not reach position "
                + (sequence(d) - 1)
                + ", which this write follows: the store no longer holds what it was read from."
                + " The write is refused and the aggregate will be read again.");
      }
      String hash = EventChain.hash(d, previous);
      d.put(EventChain.PREVIOUS, previous);
      d.put(EventChain.HASH, hash);
      last.put(d.get("_id"), hash);
    }
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
        ReadHeads.note(d.get("_id"), d.getString(EventChain.HASH));
      }
      if (found.size() < probe) {
        return events;
      }
      probe = Math.min(probe * 2, batchSize - events.size());
    }
    return events;
  }

  static long sequence(Document d) {
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
