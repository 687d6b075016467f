package vn.congdoan.platform.infra.events;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * Stores one document per event, keyed by the event id, and records every appended event in the
 * outbox collection <em>before</em> the events themselves: whatever the process dies of, an event
 * in the store always has an outbox entry, so the {@link OutboxRelay} publishes it at least once.
 * An outbox entry whose event never made it to the store (the append failed or the process died in
 * between) is recognised by the relay and dropped, so nothing is published that was not stored.
 *
 * <p>We do not track the event store by timestamp (Axon's Mongo tracking token): under bursts and
 * concurrent writers it can skip or stall (see shared/STACK.md); the outbox holds only what is not
 * yet published, so the relay never scans history.
 */
public class OutboxStorageStrategy extends DocumentPerEventStorageStrategy {
  static final String EVENT_ID = "eventIdentifier";

  private final MongoCollection<Document> outbox;
  private final Runnable onAppend;

  /**
   * @param outbox the collection of not-yet-published events
   * @param onAppend called after each successful append, to wake the relay
   */
  public OutboxStorageStrategy(MongoCollection<Document> outbox, Runnable onAppend) {
    this.outbox = outbox;
    this.onAppend = onAppend;
  }

  @Override
  public void appendEvents(
      MongoCollection<Document> eventCollection,
      List<? extends EventMessage<?>> events,
      Serializer serializer) {
    List<Document> documents = createEventDocuments(events, serializer).toList();
    List<Document> entries = documents.stream().map(OutboxStorageStrategy::outboxEntry).toList();
    outbox.insertMany(entries);
    try {
      eventCollection.insertMany(documents);
    } catch (RuntimeException e) {
      outbox.deleteMany(Filters.in("_id", entries.stream().map(d -> d.get("_id")).toList()));
      throw e;
    }
    onAppend.run();
  }

  @Override
  protected Stream<Document> createEventDocuments(
      List<? extends EventMessage<?>> events, Serializer serializer) {
    // The event id as _id gives the relay a unique-index lookup on every MongoDB implementation.
    return super.createEventDocuments(events, serializer).peek(d -> d.put("_id", d.get(EVENT_ID)));
  }

  private static Document outboxEntry(Document event) {
    return new Document("_id", event.get(EVENT_ID))
        .append("aggregateIdentifier", event.get("aggregateIdentifier"))
        .append("sequenceNumber", event.get("sequenceNumber"))
        .append("queuedAt", Date.from(Instant.now()));
  }
}
