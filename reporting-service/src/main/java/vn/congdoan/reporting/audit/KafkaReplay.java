package vn.congdoan.reporting.audit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.infra.concurrent.Futures;
import vn.congdoan.reporting.audit.ReadModelComparison.CollectionDifference;
import vn.congdoan.reporting.audit.ReadModelComparison.Comparison;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.ingest.EnvelopeDecoder;

/**
 * A replay: the three topics read from their beginning up to the end offsets they had when it
 * started (its "whole history") into a scratch database by the same projections and trail as the
 * live consumer, then compared with the live read model once the live consumer has applied that
 * history too. The live model goes on meanwhile: documents the events recorded after the horizon
 * touched are counted apart, not as differences ({@link LaterEvents}). A replay of one projection
 * builds and compares only that projection's collection. Nothing is told of the batches (no live
 * dashboards, no province summaries), and the consumer commits nothing: its group is its own. A
 * cancelled replay stops before its next batch and compares nothing.
 */
public class KafkaReplay implements Consumer<Replay> {
  private static final Logger log = LoggerFactory.getLogger(KafkaReplay.class);
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration LIVE_WAIT = Duration.ofMinutes(1);

  private final Map<String, Object> consumerConfig;
  private final MongoClient client;
  private final MongoDatabase live;
  private final EnvelopeDecoder decoder;
  private final Clock clock;

  /** {@code consumerConfig}: the live consumer's (brokers, security); the group is replaced. */
  public KafkaReplay(
      Map<String, Object> consumerConfig,
      MongoClient client,
      MongoDatabase live,
      EnvelopeDecoder decoder,
      Clock clock) {
    this.consumerConfig = Map.copyOf(consumerConfig);
    this.client = client;
    this.live = live;
    this.decoder = decoder;
    this.clock = clock;
  }

  @Override
  public void accept(Replay replay) {
    boolean all = replay.all();
    // the trail is checked as it is read, not rebuilt in the scratch database
    TrailCheck trail = all ? new TrailCheck(live.getCollection(AuditTrail.NAME)) : null;
    try (var scratch =
            new ScratchReadModel(
                client,
                scratchOf(replay.id()),
                decoder,
                clock,
                p -> all || p.name().equals(replay.projection()),
                false);
        var consumer = consumer(replay);
        var writer = new Overlapped("reporting-replay-writer")) {
      // wakes a consumer waiting on the broker; a batch being applied is let finish
      replay.onCancel(() -> wakeUp(consumer));
      var horizon = read(consumer, scratch, trail, writer, replay);
      stopIfCancelled(replay);
      LiveCatchUp.await(consumerConfig, horizon, LIVE_WAIT, () -> stopIfCancelled(replay));
      // compared before the scratch database goes: the result is all that is kept
      var collections =
          all ? ReadModelComparison.collectionsOf(live, scratch.database) : owned(scratch);
      collections.remove(AuditTrail.NAME);
      // the live trail is read on the second thread while the projections are compared
      var trailLine =
          trail == null
              ? null
              : writer.meanwhile(() -> trail.difference(() -> stopIfCancelled(replay)));
      List<Differences> found =
          new ArrayList<>(
              ReadModelComparison.differences(
                  live, scratch.database, collections, () -> stopIfCancelled(replay)));
      if (trailLine != null) {
        found.add(Futures.join(trailLine));
      }
      // what the live model may have applied meanwhile: every event past the horizon by now
      var later = LaterEvents.read(consumer, horizon, decoder, () -> stopIfCancelled(replay));
      var comparison =
          Comparison.of(
              found.stream()
                  .map(d -> d.resolve(later))
                  .sorted(Comparator.comparing(CollectionDifference::name))
                  .toList());
      stopIfCancelled(replay);
      replay.compared(comparison);
      log.info(
          "Replay {} of {} read {} events; equal to the live read model: {} ({} events recorded"
              + " meanwhile)",
          replay.id(),
          replay.projection(),
          replay.eventsDone(),
          comparison.equal(),
          later.size());
    }
  }

  /** The scratch database replay {@code id} builds in. */
  static String scratchOf(String id) {
    return "reporting-replay-" + id;
  }

  /** The collections a replay of one projection rebuilt: the others stay empty. */
  private static Set<String> owned(ScratchReadModel scratch) {
    return scratch.projections.stream()
        .map(p -> p.collection().getNamespace().getCollectionName())
        .collect(Collectors.toCollection(HashSet::new));
  }

  /** Called from the cancelling request: a consumer closed meanwhile has nothing to wake. */
  private static void wakeUp(KafkaConsumer<String, String> consumer) {
    try {
      consumer.wakeup();
    } catch (RuntimeException e) {
      log.debug("Replay consumer not woken: {}", e.toString());
    }
  }

  private static void stopIfCancelled(Replay replay) {
    if (replay.cancelled()) {
      throw new CancellationException("Replay " + replay.id() + " cancelled");
    }
  }

  private KafkaConsumer<String, String> consumer(Replay replay) {
    Map<String, Object> config = new HashMap<>(consumerConfig);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "reporting-replay-" + replay.id());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-replay-" + replay.id());
    return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
  }

  /** Reads the history into the scratch model; returns its horizon, the end offsets read to. */
  private Map<TopicPartition, Long> read(
      KafkaConsumer<String, String> consumer,
      ScratchReadModel scratch,
      TrailCheck trail,
      Overlapped writer,
      Replay replay) {
    // a replay of one projection applies only the events it reads: the rest would be skipped
    // as of no known type, each logged
    Set<Class<?>> types = new HashSet<>();
    scratch.projections.forEach(p -> types.addAll(p.eventTypes()));
    Predicate<EventEnvelope> wanted =
        replay.all() ? e -> true : e -> decoder.typeOf(e).filter(types::contains).isPresent();
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : ScratchReadModel.TOPICS) {
      var infos = consumer.partitionsFor(topic);
      if (infos != null) {
        infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
      }
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    replay.total(partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum());
    List<TopicPartition> open = new ArrayList<>(partitions);
    open.removeIf(p -> end.get(p) <= begin.get(p));
    consumer.pause(partitions.stream().filter(p -> !open.contains(p)).toList());
    while (!open.isEmpty()) {
      stopIfCancelled(replay);
      List<Delivery> batch = new ArrayList<>();
      for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
        var partition = new TopicPartition(record.topic(), record.partition());
        if (record.offset() < end.get(partition)) {
          decoder
              .envelope(record.value())
              .ifPresentOrElse(
                  e -> {
                    if (wanted.test(e)) {
                      batch.add(new Delivery(record.topic(), e));
                    }
                  },
                  () -> skipped(record));
        }
      }
      if (trail != null) {
        trail.check(batch);
      }
      // offsets, not records, count as done: a compacted or transactional log has gaps
      long done = 0;
      for (TopicPartition p : partitions) {
        done += Math.min(consumer.position(p), end.get(p)) - begin.get(p);
      }
      long doneAfter = done;
      writer.then(
          () -> {
            scratch.applier.apply(batch);
            replay.done(doneAfter);
          });
      ReadToEnd.pauseThoseAtTheEnd(consumer, open, end);
    }
    writer.awaitRunning();
    return end;
  }

  private static void skipped(ConsumerRecord<String, String> record) {
    // where it is, not what it says: the value may hold personal data
    log.warn(
        "Replay skips {}-{}@{}: not an event envelope",
        record.topic(),
        record.partition(),
        record.offset());
  }
}
