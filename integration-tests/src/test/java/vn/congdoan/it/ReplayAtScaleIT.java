package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClients;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import vn.congdoan.local.DevTokens;
import vn.congdoan.local.LocalKafka;
import vn.congdoan.local.LocalMongo;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.reporting.ReportingApplication;

/**
 * A replay of a generated history of more than 100,000 events across the three topics equals the
 * live read model byte for byte. A broker, a database and reporting-service of its own, none of the
 * recording services: the envelopes go straight to the topics, as the relays would publish them,
 * and nothing else arrives meanwhile. It prints how long each step took (about a minute in all).
 */
class ReplayAtScaleIT {
  private static final long SEED = 20_241_010L;
  private static final int BRANCHES = 350;
  private static final int PARTITIONS = 6;
  private static final List<String> TOPICS =
      List.of(Topics.MEMBERSHIP, Topics.WELFARE, Topics.FINANCE);
  private static final ObjectMapper JSON = EventJson.mapper();

  @Test
  void aReplayOfMoreThanAHundredThousandEventsEqualsTheLiveReadModel() throws Exception {
    try (var mongo = LocalMongo.start(null, 0);
        var kafka = LocalKafka.start(Files.createTempDirectory("it-scale-kafka"), 0);
        var admin =
            Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      admin
          .createTopics(TOPICS.stream().map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList())
          .all()
          .get();

      long t0 = System.nanoTime();
      long events = produce(kafka.bootstrapServers());
      long produced = System.nanoTime();
      assertThat(events).isGreaterThanOrEqualTo(100_000);

      try (var reporting = reporting(mongo, kafka)) {
        String base = Platform.url(reporting, "");
        awaitLiveCaughtUp(admin);
        long consumed = System.nanoTime();

        String auditor = Platform.token("AUDITOR", null);
        var started = Http.post(base + "/api/audit/replays", auditor, Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("replayId").asText();
        Instant[] applied = new Instant[1];
        JsonNode[] last = new JsonNode[1];
        await()
            .atMost(Duration.ofMinutes(15))
            .pollInterval(Duration.ofMillis(500))
            .untilAsserted(
                () -> {
                  var status = Http.get(base + "/api/audit/replays/" + id, auditor);
                  assertThat(status.status()).as(status.body()).isEqualTo(200);
                  last[0] = status.json();
                  long done = last[0].get("eventsDone").asLong();
                  if (applied[0] == null
                      && done > 0
                      && done == last[0].get("eventsTotal").asLong()) {
                    applied[0] = Instant.now();
                  }
                  assertThat(last[0].get("state").asText()).isNotEqualTo("RUNNING");
                });
        JsonNode replay = last[0];
        Instant startedAt = Instant.parse(replay.get("startedAt").asText());
        Instant finishedAt = Instant.parse(replay.get("finishedAt").asText());
        Instant readTo = applied[0] == null ? finishedAt : applied[0];

        System.out.printf(
            "ReplayAtScaleIT: %,d events (%d branches, seed %d)%n"
                + "  produce             %6.1f s%n"
                + "  live consume        %6.1f s (%,.0f events/s)%n"
                + "  replay read/apply   %6.1f s (%,.0f events/s; read as the status polled at 0.5 s shows)%n"
                + "  replay compare      %6.1f s%n"
                + "  replay total        %6.1f s%n"
                + "  heap used now       %,d MB of %,d MB%n",
            events,
            BRANCHES,
            SEED,
            seconds(produced - t0),
            seconds(consumed - produced),
            events / seconds(consumed - produced),
            Duration.between(startedAt, readTo).toMillis() / 1000.0,
            events / (Duration.between(startedAt, readTo).toMillis() / 1000.0),
            Duration.between(readTo, finishedAt).toMillis() / 1000.0,
            Duration.between(startedAt, finishedAt).toMillis() / 1000.0,
            (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
            Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("  collections: " + collections(replay));

        assertThat(replay.get("state").asText()).as(replay.toString()).isEqualTo("DONE");
        assertThat(replay.get("projection").asText()).isEqualTo("all");
        assertThat(replay.get("eventsTotal").asLong()).isEqualTo(events);
        assertThat(replay.get("eventsDone").asLong()).isEqualTo(events);
        assertThat(replay.at("/comparison/equal").asBoolean()).as(replay.toString()).isTrue();
        for (JsonNode collection : replay.at("/comparison/collections")) {
          assertThat(
                  collection.get("missing").asInt()
                      + collection.get("extra").asInt()
                      + collection.get("different").asInt())
              .as(collection.toString())
              .isZero();
        }
        JsonNode trail = collection(replay, "audit_events");
        assertThat(trail.get("live").asLong()).isEqualTo(events);
        assertThat(trail.get("rebuilt").asLong()).isEqualTo(events);
        assertThat(collection(replay, "member_segments").get("live").asInt()).isGreaterThan(30_000);
        assertThat(collection(replay, "finance_entries").get("live").asInt()).isGreaterThan(20_000);
        assertThat(collection(replay, "welfare_grants").get("live").asInt())
            .isEqualTo(BRANCHES * 20);
        try (var client = MongoClients.create(mongo.connectionString())) {
          assertThat(client.listDatabaseNames().into(new ArrayList<>()))
              .as("the scratch database is dropped")
              .doesNotContain("reporting-replay-" + id);
        }
      }
    }
  }

  /** The history, straight to the topics, keyed by aggregate as the relays key it. */
  private static long produce(String bootstrap) {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.LINGER_MS_CONFIG,
            20,
            ProducerConfig.BATCH_SIZE_CONFIG,
            256 * 1024);
    try (var producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      long events =
          ScaleHistory.send(
              SEED,
              BRANCHES,
              (topic, key, envelope) ->
                  producer.send(new ProducerRecord<>(topic, key, json(envelope))));
      producer.flush();
      return events;
    }
  }

  private static String json(Object envelope) {
    try {
      return JSON.writeValueAsString(envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ConfigurableApplicationContext reporting(LocalMongo mongo, LocalKafka kafka) {
    return ReportingApplication.app()
        .run(
            "--spring.profiles.active=local",
            "--server.port=0",
            "--spring.data.mongodb.uri=" + mongo.connectionString(),
            "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
            "--platform.security.dev-secret=" + DevTokens.DEFAULT_SECRET,
            "--platform.audit.rate-limit.requests=10000");
  }

  /** Until the live consumer group has committed every partition's end offset. */
  private static void awaitLiveCaughtUp(Admin admin) {
    await()
        .atMost(Duration.ofMinutes(15))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              Map<TopicPartition, Long> end = endOffsets(admin);
              Map<TopicPartition, OffsetAndMetadata> committed =
                  admin.listConsumerGroupOffsets("reporting").partitionsToOffsetAndMetadata().get();
              return end.entrySet().stream()
                  .allMatch(
                      e ->
                          committed.get(e.getKey()) != null
                              && committed.get(e.getKey()).offset() >= e.getValue());
            });
  }

  private static Map<TopicPartition, Long> endOffsets(Admin admin)
      throws InterruptedException, ExecutionException {
    Set<TopicPartition> partitions =
        admin.describeTopics(TOPICS).allTopicNames().get().values().stream()
            .flatMap(
                d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
            .collect(Collectors.toSet());
    return admin
        .listOffsets(
            partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
        .all()
        .get()
        .entrySet()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
  }

  private static JsonNode collection(JsonNode replay, String name) {
    for (JsonNode collection : replay.at("/comparison/collections")) {
      if (collection.get("name").asText().equals(name)) {
        return collection;
      }
    }
    throw new AssertionError("No collection " + name + " in " + replay);
  }

  private static String collections(JsonNode replay) {
    List<String> counts = new ArrayList<>();
    replay
        .at("/comparison/collections")
        .forEach(c -> counts.add(c.get("name").asText() + "=" + c.get("live").asInt()));
    return String.join(", ", counts);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
