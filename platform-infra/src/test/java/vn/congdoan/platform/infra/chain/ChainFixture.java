package vn.congdoan.platform.infra.chain;

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
import vn.congdoan.platform.infra.outbox.OutboxStorageStrategy;
import vn.congdoan.platform.infra.testing.EventMother;
import vn.congdoan.platform.infra.testing.InMemoryMongo;
import vn.congdoan.platform.infra.testing.TestLeases;

/**
 * A service's event store on the in-memory MongoDB, chained, with its heads, digester and verifier:
 * what a service has, minus Kafka (the relay's part, advancing the heads, is done by hand).
 */
public final class ChainFixture implements AutoCloseable {
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneOffset.UTC);

  public final InMemoryMongo mongo = new InMemoryMongo();
  public final MongoCollection<Document> events = mongo.database().getCollection("domainevents");
  public final ChainHeads heads = new ChainHeads(mongo.database().getCollection("chain_heads"));
  public final MongoEventStorageEngine store;
  public final ChainDigester digester;
  public final ChainVerifier verifier =
      new ChainVerifier("membership", events, EventJson.mapper(), CLOCK);

  public ChainFixture(int maxHeads) {
    var strategy =
        new OutboxStorageStrategy(
            mongo.database().getCollection("outbox"), () -> {}, new ChainHook(heads));
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

  public ChainFixture() {
    this(2000);
  }

  /** Stores the events and, as the relay would once Kafka has them, moves the heads. */
  public void record(List<DomainEventMessage<?>> batch) {
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

  public Document stored(String position) {
    return events.find(new Document("_id", position)).first();
  }

  @Override
  public void close() {
    mongo.close();
  }
}
