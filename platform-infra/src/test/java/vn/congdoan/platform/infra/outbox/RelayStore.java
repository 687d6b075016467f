package vn.congdoan.platform.infra.outbox;

import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.infra.chain.ChainHeads;
import vn.congdoan.platform.infra.chain.ChainHook;
import vn.congdoan.platform.infra.testing.EventMother;
import vn.congdoan.platform.infra.testing.InMemoryMongo;
import vn.congdoan.platform.infra.testing.TestLeases;

/**
 * What the relay works on, in an in-memory MongoDB: the events, their outbox entries as the store
 * strategy queues them, the parked entries and the chain heads; and the relays the tests run over
 * it.
 */
final class RelayStore implements AutoCloseable {
  static final String TOPIC = "membership.events";

  final InMemoryMongo mongo;
  final MongoCollection<Document> outbox;
  final MongoCollection<Document> events;
  final MongoCollection<Document> parkedCollection;
  final ChainHeads heads;
  final ChainHook hook;
  final ParkedEntries parked;
  final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final OutboxStorageStrategy strategy;
  private final Serializer serializer = EventMother.serializer();

  RelayStore() {
    this(new InMemoryMongo());
  }

  RelayStore(InMemoryMongo mongo) {
    this.mongo = mongo;
    outbox = mongo.database().getCollection("outbox");
    events = mongo.database().getCollection("domainevents");
    parkedCollection = mongo.database().getCollection("outbox_parked");
    heads = new ChainHeads(mongo.database().getCollection("chain_heads"));
    hook = new ChainHook(heads);
    parked = new ParkedEntries(parkedCollection, hook);
    strategy = new OutboxStorageStrategy(outbox, () -> {}, hook);
  }

  /** A relay publishing to {@link #TOPIC}, with no pause between rounds. */
  OutboxRelay relay(
      Producer<String, String> producer, int partitions, int batchSize, Duration orphanAfter) {
    var settings =
        new RelaySettings(
            TOPIC,
            partitions,
            (short) 1,
            batchSize,
            Duration.ofMillis(200),
            Duration.ofSeconds(1),
            orphanAfter,
            Duration.ZERO);
    return new OutboxRelay(
        outbox,
        events,
        producer,
        settings,
        new Wakeup(),
        hook,
        parked,
        EventJson.mapper(),
        metrics,
        TestLeases.of(mongo));
  }

  void append(List<? extends DomainEventMessage<?>> batch) {
    strategy.appendEvents(events, batch, serializer);
  }

  /** The ids of the entries still queued. */
  List<Object> pending() {
    return outbox.find().map(d -> d.get("_id")).into(new ArrayList<>());
  }

  List<Object> parkedIds() {
    return parkedCollection.find().map(d -> d.get("_id")).into(new ArrayList<>());
  }

  @Override
  public void close() {
    mongo.close();
  }
}
