package vn.congdoan.platform.infra.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.infra.chain.ChainHeads;
import vn.congdoan.platform.infra.chain.ChainHook;
import vn.congdoan.platform.infra.chain.ChainLinks;
import vn.congdoan.platform.infra.outbox.OutboxStorageStrategy;
import vn.congdoan.platform.infra.web.CommandSender;

/**
 * Two instances of a service over one store, each with its aggregate cache. With a plain cache the
 * instance that wrote first believes its cached aggregate and is refused on the next write; with
 * {@link FreshCache} it reads what the other appended and decides on the whole stream.
 */
class FreshCacheTest {
  private final MongoServer server = new MongoServer(new MemoryBackend());

  /** The reads of the event store, counted over the wire. */
  private final AtomicInteger eventReads = new AtomicInteger();

  private final MongoClient client =
      MongoClients.create(
          MongoClientSettings.builder()
              .applyConnectionString(
                  new ConnectionString("mongodb://localhost:" + server.bind().getPort()))
              .addCommandListener(
                  new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                      if (event.getCommandName().equals("find")
                          && "domainevents"
                              .equals(event.getCommand().getString("find").getValue())) {
                        eventReads.incrementAndGet();
                      }
                    }
                  })
              .build());
  private final EventStorageEngine store =
      MongoEventStorageEngine.builder()
          .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, "test").build())
          .storageStrategy(
              new OutboxStorageStrategy(
                  client.getDatabase("test").getCollection("outbox"),
                  () -> {},
                  new ChainHook(
                      new ChainHeads(client.getDatabase("test").getCollection("chain_heads")))))
          .eventSerializer(JacksonSerializer.defaultSerializer())
          .snapshotSerializer(JacksonSerializer.defaultSerializer())
          .build();
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final List<Configuration> started = new ArrayList<>();

  @AfterEach
  void stop() {
    started.forEach(Configuration::shutdown);
    client.close();
    server.shutdownNow();
  }

  private Configuration instance(Cache cache) {
    var axon =
        DefaultConfigurer.defaultConfiguration()
            .configureSerializer(c -> JacksonSerializer.defaultSerializer())
            .configureEmbeddedEventStore(c -> store)
            .configureAggregate(
                AggregateConfigurer.defaultConfiguration(Tally.class).configureCache(c -> cache))
            .buildConfiguration();
    axon.start();
    started.add(axon);
    return axon;
  }

  private Configuration fresh() {
    return instance(new FreshCache(new MapCache(), () -> store, metrics, "Tally"));
  }

  /** The running total after each event of the tally's stored stream (0 when opened). */
  private List<Integer> totals(String id) {
    return store
        .readEvents(id)
        .asStream()
        .map(m -> m.getPayload() instanceof Added a ? a.totalAfter() : 0)
        .toList();
  }

  private static void send(Configuration instance, Object command) {
    instance.commandGateway().sendAndWait(command);
  }

  @Test
  void aPlainCacheGoesOnFromAStaleAggregateAndIsRefused() {
    var first = instance(new MapCache());
    var second = instance(new MapCache());
    send(first, new Open("t-1"));
    send(second, new Add("t-1", 2));

    assertThatThrownBy(() -> send(first, new Add("t-1", 3)))
        .isInstanceOf(ConcurrencyException.class);
  }

  @Test
  void aWriteThatLostTheRaceIsTriedOnceMoreFromTheStoreBeforeTheCallerHearsOfIt() {
    var first = instance(new MapCache());
    var second = instance(new MapCache());
    send(first, new Open("t-3"));
    send(second, new Add("t-3", 2));

    new CommandSender(first.commandGateway(), metrics).send(new Add("t-3", 3), null);

    assertThat(totals("t-3")).containsExactly(0, 2, 5);
    assertThat(metrics.counter("platform.commands.retried").count()).isEqualTo(1);
  }

  @Test
  void aFreshCacheReadsWhatTheOtherInstanceAppendedBeforeDeciding() {
    var first = fresh();
    var second = fresh();
    send(first, new Open("t-1"));
    send(second, new Add("t-1", 2));
    send(first, new Add("t-1", 3));
    send(second, new Add("t-1", 4));

    assertThat(totals("t-1")).containsExactly(0, 2, 5, 9);
    assertThat(metrics.counter("platform.aggregate.caught-up", "aggregate", "Tally").count())
        .isEqualTo(2);
  }

  @Test
  void anInstanceThatWroteLastReadsNothingMore() {
    var only = fresh();
    send(only, new Open("t-2"));
    send(only, new Add("t-2", 1));
    send(only, new Add("t-2", 1));

    assertThat(metrics.counter("platform.aggregate.caught-up", "aggregate", "Tally").count())
        .isZero();
  }

  @Test
  void aCommandOnACachedAggregateReadsItsStreamOnceAndStillChainsItsEvent() {
    var only = fresh();
    send(only, new Open("t-5"));
    send(only, new Add("t-5", 1));
    eventReads.set(0);

    send(only, new Add("t-5", 2));

    assertThat(eventReads.get())
        .as("the freshness check, and no second read for the chain")
        .isEqualTo(1);
    List<Document> stream =
        client
            .getDatabase("test")
            .getCollection("domainevents")
            .find()
            .sort(new Document("sequenceNumber", 1))
            .into(new ArrayList<>());
    ChainLinks.assertLinked(stream);
    assertThat(stream).hasSize(3);
  }

  @Test
  void aCachedAggregateWhoseLastEventTheStoreLostIsReadAgainFromWhatTheStoreHolds() {
    var only = fresh();
    send(only, new Open("t-4"));
    send(only, new Add("t-4", 1));
    send(only, new Add("t-4", 1));
    // a store that went back in time: the last event it acknowledged is gone
    client.getDatabase("test").getCollection("domainevents").deleteOne(Filters.eq("_id", "t-4:2"));

    send(only, new Add("t-4", 5));

    assertThat(totals("t-4"))
        .as("decided on the stream the store holds, not on the cached one: no fork, no gap")
        .containsExactly(0, 1, 6);
  }

  record Open(String id) {}

  record Add(@TargetAggregateIdentifier String id, int amount) {}

  record Opened(String id) {}

  record Added(String id, int amount, int totalAfter) {}

  static class Tally {
    @AggregateIdentifier private String id;
    private int total;

    Tally() {}

    @CommandHandler
    Tally(Open command) {
      AggregateLifecycle.apply(new Opened(command.id()));
    }

    @CommandHandler
    void handle(Add command) {
      AggregateLifecycle.apply(new Added(id, command.amount(), total + command.amount()));
    }

    @EventSourcingHandler
    void on(Opened event) {
      id = event.id();
    }

    @EventSourcingHandler
    void on(Added event) {
      total = event.totalAfter();
    }
  }
}
