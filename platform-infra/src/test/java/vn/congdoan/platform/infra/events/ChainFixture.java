package vn.congdoan.platform.infra.events;

import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.bson.Document;
import vn.congdoan.platform.api.EventJson;

/**
 * A service's event store on the in-memory MongoDB, chained, with its heads, digester and verifier:
 * what a service has, minus Kafka (the relay's part, advancing the heads, is done by hand).
 */
final class ChainFixture implements AutoCloseable {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneOffset.UTC);

  final InMemoryMongo mongo = new InMemoryMongo();
  final MongoCollection<Document> events = mongo.database().getCollection("domainevents");
  final ChainHeads heads = new ChainHeads(mongo.database().getCollection("chain_heads"));
  final MongoEventStorageEngine store;
  final ChainDigester digester;
  final ChainVerifier verifier = new ChainVerifier("membership", events, EventJson.mapper(), CLOCK);

  ChainFixture(int maxHeads) {
    var strategy = new OutboxStorageStrategy(mongo.database().getCollection("outbox"), () -> {});
    store =
        MongoEventStorageEngine.builder()
            .mongoTemplate(
                DefaultMongoTemplate.builder().mongoDatabase(mongo.client(), "test").build())
            .storageStrategy(strategy)
            .eventSerializer(EventMother.serializer())
            .snapshotSerializer(EventMother.serializer())
            .build();
    digester =
        new ChainDigester(
            "membership",
            heads,
            store,
            new ChainSettings(Duration.ofMinutes(1), maxHeads),
            TestLeases.of(mongo));
  }

  ChainFixture() {
    this(2000);
  }

  /** Stores the events and, as the relay would once Kafka has them, moves the heads. */
  void record(List<DomainEventMessage<?>> batch) {
    store.appendEvents(batch);
    heads.advance(
        events
            .find(
                com.mongodb.client.model.Filters.in(
                    "_id",
                    batch.stream()
                        .map(e -> e.getAggregateIdentifier() + ":" + e.getSequenceNumber())
                        .toList()))
            .into(new ArrayList<>()));
  }

  Document stored(String position) {
    return events.find(new Document("_id", position)).first();
  }

  @Override
  public void close() {
    mongo.close();
  }
}
