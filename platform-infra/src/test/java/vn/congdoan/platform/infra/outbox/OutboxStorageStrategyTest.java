package vn.congdoan.platform.infra.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.congdoan.platform.infra.testing.EventMother.event;
import static vn.congdoan.platform.infra.testing.EventMother.eventId;
import static vn.congdoan.platform.infra.testing.EventMother.events;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.infra.chain.ChainHeads;
import vn.congdoan.platform.infra.chain.ChainHook;
import vn.congdoan.platform.infra.chain.ChainLinks;
import vn.congdoan.platform.infra.chain.EventChain;
import vn.congdoan.platform.infra.testing.EventMother;
import vn.congdoan.platform.infra.testing.InMemoryMongo;

class OutboxStorageStrategyTest {
  private final InMemoryMongo mongo = new InMemoryMongo();
  private final MongoCollection<Document> outbox = mongo.database().getCollection("outbox");
  private final MongoCollection<Document> events = mongo.database().getCollection("domainevents");
  private final AtomicInteger appends = new AtomicInteger();
  private final OutboxStorageStrategy strategy =
      new OutboxStorageStrategy(
          outbox,
          appends::incrementAndGet,
          new ChainHook(new ChainHeads(mongo.database().getCollection("chain_heads"))));
  private final Serializer serializer = EventMother.serializer();

  @AfterEach
  void stopMongo() {
    mongo.close();
  }

  private void append(List<? extends DomainEventMessage<?>> batch) {
    strategy.appendEvents(events, batch, serializer);
  }

  private static List<Object> ids(MongoCollection<Document> collection) {
    return collection.find().map(d -> d.get("_id")).into(new ArrayList<>());
  }

  private static List<Long> sequences(List<? extends DomainEventData<?>> read) {
    return read.stream().map(DomainEventData::getSequenceNumber).toList();
  }

  private static List<Long> range(long first, long endExclusive) {
    List<Long> result = new ArrayList<>();
    for (long s = first; s < endExclusive; s++) {
      result.add(s);
    }
    return result;
  }

  @Test
  void appendingStoresEachEventUnderItsStreamPositionWithAnOutboxEntryPointingAtIt() {
    append(events("m-1", 0, 3));

    assertThat(ids(events)).containsExactlyInAnyOrder("m-1:0", "m-1:1", "m-1:2");
    assertThat(outbox.find().into(new ArrayList<>()))
        .extracting(d -> d.get("_id"), d -> d.get("event"), d -> d.get("aggregateIdentifier"))
        .containsExactlyInAnyOrder(
            tuple(eventId("m-1", 0), "m-1:0", "m-1"),
            tuple(eventId("m-1", 1), "m-1:1", "m-1"),
            tuple(eventId("m-1", 2), "m-1:2", "m-1"));
    assertThat(outbox.find().into(new ArrayList<>()))
        .allSatisfy(d -> assertThat(d.getDate("queuedAt")).isNotNull());
    assertThat(appends).hasValue(1);
  }

  @Test
  void eachStoredEventCarriesAHashOverItsContentLinkedToTheOneBeforeItAcrossBatches() {
    append(List.of(event("m-1", 0), event("m-2", 0), event("m-1", 1)));
    append(events("m-1", 2, 2));

    List<Document> stream =
        events.find(Filters.eq("aggregateIdentifier", "m-1")).into(new ArrayList<>());
    stream.sort(java.util.Comparator.comparing(d -> d.getLong("sequenceNumber")));
    ChainLinks.assertLinked(stream);
    assertThat(stream).hasSize(4);
    assertThat(events.find(Filters.eq("_id", "m-2:0")).first().getString(EventChain.PREVIOUS))
        .isEqualTo(EventChain.GENESIS);
  }

  @Test
  void aStreamLongerThanTheProbeIsReadInOrderFromTheRequestedSequence() {
    // Stored in two batches, around an aggregate whose id shares the prefix.
    append(events("m-1", 0, 20));
    append(events("m-10", 0, 5));
    append(events("m-1", 20, 10));

    var read = strategy.findDomainEvents(events, "m-1", 5, 100);

    assertThat(sequences(read)).containsExactlyElementsOf(range(5, 30));
    assertThat(read).allSatisfy(e -> assertThat(e.getAggregateIdentifier()).isEqualTo("m-1"));
  }

  @Test
  void readingReturnsNoMoreThanTheBatchSize() {
    append(events("m-1", 0, 30));

    assertThat(sequences(strategy.findDomainEvents(events, "m-1", 0, 20)))
        .containsExactlyElementsOf(range(0, 20));
    assertThat(sequences(strategy.findDomainEvents(events, "m-1", 20, 20)))
        .containsExactlyElementsOf(range(20, 30));
  }

  @Test
  void readingStopsAtAGapInTheStream() {
    append(events("m-1", 0, 14));
    events.deleteOne(Filters.eq("_id", "m-1:10")); // a store that lost one event

    assertThat(sequences(strategy.findDomainEvents(events, "m-1", 0, 100)))
        .containsExactlyElementsOf(range(0, 10));
  }

  @Test
  void theLastSequenceNumberIsTheEndOfTheStreamEvenPastOneCountingBatch() {
    append(events("m-1", 0, 300));
    append(events("m-2", 0, 2));

    assertThat(strategy.lastSequenceNumberFor(events, "m-1")).contains(299L);
    assertThat(strategy.lastSequenceNumberFor(events, "m-2")).contains(1L);
  }

  @Test
  void anUnknownAggregateHasNoLastSequenceNumber() {
    append(events("m-1", 0, 2));

    assertThat(strategy.lastSequenceNumberFor(events, "m-404")).isEmpty();
  }

  @Test
  void theStorageEngineReadsALongAggregateBackWholeInBatches() {
    var engine = engine(10);
    engine.appendEvents(events("m-1", 0, 30));

    var read = engine.readEvents("m-1").asStream().toList();

    assertThat(read).extracting(DomainEventMessage::getSequenceNumber).isEqualTo(range(0, 30));
    assertThat(read.get(29).getPayload()).isEqualTo(EventMother.payload("m-1", 29));
    assertThat(engine.lastSequenceNumberFor("m-1")).contains(29L);
  }

  @Test
  void eventsKeepOnlyTheIndexOfTheirPositionWhichStillRefusesASecondWriterAtOnePosition() {
    // as Axon made them on every store before this one
    events.createIndex(
        Indexes.ascending("aggregateIdentifier", "sequenceNumber"),
        new IndexOptions().unique(true).name("uniqueAggregateIndex"));
    events.createIndex(
        Indexes.ascending("timestamp", "sequenceNumber"),
        new IndexOptions().name("orderedEventStreamIndex"));
    var engine = engine(100);

    assertThat(indexNames(events)).containsExactly("_id_");
    engine.appendEvents(events("m-1", 0, 3));
    assertThatThrownBy(() -> engine.appendEvents(events("m-1", 2, 1)))
        .isInstanceOf(ConcurrencyException.class);
    assertThat(ids(events)).containsExactlyInAnyOrder("m-1:0", "m-1:1", "m-1:2");
  }

  /** Axon's engine over the strategy, reading streams {@code batchSize} events at a time. */
  private MongoEventStorageEngine engine(int batchSize) {
    return MongoEventStorageEngine.builder()
        .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(mongo.client(), "test").build())
        .storageStrategy(strategy)
        .eventSerializer(serializer)
        .snapshotSerializer(serializer)
        .batchSize(batchSize)
        .build();
  }

  private static List<String> indexNames(MongoCollection<Document> collection) {
    return collection.listIndexes().map(d -> d.getString("name")).into(new ArrayList<>());
  }

  @Test
  void anAppendThatDoesNotFollowTheStoredStreamIsRefusedAndRecordsNothing() {
    append(events("m-1", 0, 5));
    // The store went back in time (a crash lost its last writes, a failover rolled them back),
    // while the writer still holds the aggregate at position 4.
    events.deleteMany(Filters.in("_id", List.of("m-1:3", "m-1:4")));
    outbox.deleteMany(new Document());

    assertThatThrownBy(() -> append(events("m-1", 5, 2)))
        .isInstanceOf(ConcurrencyException.class)
        .hasMessageContaining("m-1")
        .hasMessageContaining("position 4");
    assertThat(ids(events)).containsExactlyInAnyOrder("m-1:0", "m-1:1", "m-1:2");
    assertThat(ids(outbox)).isEmpty();
    append(events("m-1", 3, 2)); // read again, the writer goes on from what the store holds
    assertThat(ids(events)).hasSize(5);
  }

  @Test
  void aFailedEventInsertRemovesItsOutboxEntryAndIsRethrown() {
    append(events("m-1", 0, 2));
    var rival =
        new GenericDomainEventMessage<>(
            EventMother.AGGREGATE_TYPE,
            "m-1",
            1,
            EventMother.payload("m-1", 1),
            Map.of(),
            "evt-rival",
            Instant.now());

    assertThatThrownBy(() -> append(List.of(rival)))
        .isInstanceOfSatisfying(
            MongoBulkWriteException.class,
            e ->
                assertThat(ErrorCategory.fromErrorCode(e.getWriteErrors().get(0).getCode()))
                    .isEqualTo(ErrorCategory.DUPLICATE_KEY));
    assertThat(ids(outbox)).containsExactlyInAnyOrder(eventId("m-1", 0), eventId("m-1", 1));
    assertThat(appends).hasValue(1);
  }

  @Test
  void aBatchStoredOnlyInPartKeepsTheOutboxEntriesOfTheEventsThatWereStored() {
    // One unit of work appends to two aggregates; the second one's position is already taken.
    append(List.of(event("m-2", 0)));
    var rival =
        new GenericDomainEventMessage<>(
            EventMother.AGGREGATE_TYPE,
            "m-2",
            0,
            EventMother.payload("m-2", 0),
            Map.of(),
            "evt-rival",
            Instant.now());

    assertThatThrownBy(() -> append(List.of(event("m-1", 0), rival)))
        .isInstanceOf(MongoBulkWriteException.class);
    assertThat(ids(events)).containsExactlyInAnyOrder("m-2:0", "m-1:0");
    assertThat(ids(outbox)).containsExactlyInAnyOrder(eventId("m-2", 0), eventId("m-1", 0));
  }
}
