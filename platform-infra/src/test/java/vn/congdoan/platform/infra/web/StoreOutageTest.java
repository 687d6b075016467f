package vn.congdoan.platform.infra.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.MongoClientSettings;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.infra.chain.ChainHeads;
import vn.congdoan.platform.infra.chain.ChainHook;
import vn.congdoan.platform.infra.outbox.OutboxStorageStrategy;

/**
 * The store stops answering while a write is under way: the real append path (Axon's command bus,
 * the Mongo event storage engine, the outbox strategy, the driver with short timeouts) must give
 * the client a 503 it may retry, with Retry-After, and never a 500; a real duplicate stays a 409.
 */
class StoreOutageTest {
  enum Outage {
    STALLED,
    STOPPED
  }

  private final MongoServer server = new MongoServer(new MemoryBackend());
  private final StallingProxy proxy;
  private final MongoClient client;
  private final Configuration axon;
  private final MockMvc mvc;

  StoreOutageTest() throws IOException {
    proxy = new StallingProxy(server.bind());
    client =
        MongoClients.create(
            MongoClientSettings.builder()
                .applyToClusterSettings(
                    c ->
                        c.hosts(List.of(new ServerAddress("127.0.0.1", proxy.port())))
                            .serverSelectionTimeout(300, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(
                    s ->
                        s.connectTimeout(300, TimeUnit.MILLISECONDS)
                            .readTimeout(300, TimeUnit.MILLISECONDS))
                .build());
    var db = client.getDatabase("outage");
    var serializer = JacksonSerializer.defaultSerializer();
    var engine =
        MongoEventStorageEngine.builder()
            .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client).build())
            .storageStrategy(
                new OutboxStorageStrategy(
                    db.getCollection("outbox"),
                    () -> {},
                    new ChainHook(new ChainHeads(db.getCollection("chain_heads")))))
            .eventSerializer(serializer)
            .snapshotSerializer(serializer)
            .build();
    axon =
        DefaultConfigurer.defaultConfiguration()
            .configureSerializer(c -> serializer)
            .configureEmbeddedEventStore(c -> engine)
            .configureAggregate(Thing.class)
            .buildConfiguration();
    axon.start();
    var idempotency =
        new IdempotencyStore(
            db.getCollection("idempotency"),
            Duration.ofHours(24),
            Duration.ofMinutes(1),
            java.time.Clock.systemUTC());
    mvc =
        MockMvcBuilders.standaloneSetup(new Things(axon))
            .addFilters(
                new IdempotencyFilter(
                    idempotency, new WebSettings(1000, Duration.ofSeconds(7), null)))
            .setControllerAdvice(new ProblemHandler(Duration.ofSeconds(7)))
            .build();
  }

  @AfterEach
  void stop() throws IOException {
    axon.shutdown();
    client.close();
    proxy.close();
    server.shutdownNow();
  }

  private void begin(Outage outage) throws Exception {
    // A first write succeeds, so the driver holds an open connection when the store goes quiet.
    create("thing-0").andExpect(status().isCreated());
    if (outage == Outage.STALLED) {
      proxy.stall();
    } else {
      server.shutdownNow();
    }
  }

  private ResultActions create(String id) throws Exception {
    return mvc.perform(post("/api/things/" + id).contentType(MediaType.APPLICATION_JSON));
  }

  private static void expectUnavailable(ResultActions result) throws Exception {
    result
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "7"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://congdoan.vn/problems/service-unavailable"))
        .andExpect(jsonPath("$.title").value("Dịch vụ tạm thời không phục vụ được"));
  }

  @ParameterizedTest
  @EnumSource(Outage.class)
  void anAppendTheStoreNeverAnswersIs503WithRetryAfter(Outage outage) throws Exception {
    begin(outage);

    expectUnavailable(create("thing-1"));
  }

  @ParameterizedTest
  @EnumSource(Outage.class)
  void anIdempotentWriteTheStoreNeverAnswersIs503WithRetryAfter(Outage outage) throws Exception {
    begin(outage);

    expectUnavailable(
        mvc.perform(
            post("/api/things/thing-2")
                .header(IdempotencyFilter.HEADER, "k-1")
                .contentType(MediaType.APPLICATION_JSON)));
  }

  @Test
  void creatingWhatExistsIsStillAConflict() throws Exception {
    create("thing-3").andExpect(status().isCreated());

    create("thing-3")
        .andExpect(status().isConflict())
        .andExpect(header().doesNotExist("Retry-After"));
  }

  /** A creation as the services' controllers send it: through the command gateway, and wait. */
  @RestController
  static class Things {
    private final Configuration axon;

    Things(Configuration axon) {
      this.axon = axon;
    }

    @PostMapping("/api/things/{id}")
    org.springframework.http.ResponseEntity<String> create(@PathVariable String id) {
      axon.commandGateway().sendAndWait(new CreateThing(id));
      return org.springframework.http.ResponseEntity.status(201).body(id);
    }
  }

  record CreateThing(String id) {}

  record ThingCreated(String id) {}

  static class Thing {
    @AggregateIdentifier private String id;

    Thing() {}

    @CommandHandler
    Thing(CreateThing command) {
      AggregateLifecycle.apply(new ThingCreated(command.id()));
    }

    @EventSourcingHandler
    void on(ThingCreated event) {
      id = event.id();
    }
  }
}
