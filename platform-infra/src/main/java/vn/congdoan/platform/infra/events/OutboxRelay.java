package vn.congdoan.platform.infra.events;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.nin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import vn.congdoan.platform.api.EventEnvelope;

/**
 * Publishes what the {@link OutboxStorageStrategy} queued, in order per aggregate, and removes an
 * outbox entry only once Kafka has acknowledged its event to all in-sync replicas. A crash at any
 * point therefore re-publishes at most a batch; consumers drop the repeats by aggregate sequence.
 */
public class OutboxRelay implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  private final MongoCollection<Document> outbox;
  private final MongoCollection<Document> events;
  private final Producer<String, String> producer;
  private final RelaySettings settings;
  private final Wakeup wakeup;
  private final ChainHeads heads;
  private final EnvelopeReader reader;
  private final ObjectMapper json;
  private static final String QUEUED_AT = "queuedAt";
  private static final String AGGREGATE = "aggregateIdentifier";
  private static final String SEQUENCE = "sequenceNumber";

  private final Counter published;
  private final Counter unreadable;
  private volatile boolean running;
  private Thread worker;

  public OutboxRelay(
      MongoCollection<Document> outbox,
      MongoCollection<Document> events,
      Producer<String, String> producer,
      RelaySettings settings,
      Wakeup wakeup,
      ChainHeads heads,
      ObjectMapper json,
      MeterRegistry metrics) {
    this.outbox = outbox;
    this.heads = heads;
    this.events = events;
    this.producer = producer;
    this.settings = settings;
    this.wakeup = wakeup;
    this.json = json;
    this.reader = new EnvelopeReader(json);
    this.published =
        Counter.builder("platform.outbox.published")
            .description("Events published to Kafka by the outbox relay")
            .tag("topic", settings.topic())
            .register(metrics);
    this.unreadable =
        Counter.builder("platform.outbox.unreadable")
            .description("Stored events the relay could not turn into a Kafka record")
            .tag("topic", settings.topic())
            .register(metrics);
    Gauge.builder("platform.outbox.pending", outbox, MongoCollection::countDocuments)
        .description("Events stored but not yet acknowledged by Kafka")
        .tag("topic", settings.topic())
        .register(metrics);
  }

  /**
   * Publishes one batch of the oldest queued events.
   *
   * @return how many events were published
   */
  public int publishBatch() throws InterruptedException {
    List<Document> queued =
        outbox
            .find()
            .sort(Sorts.ascending(QUEUED_AT, AGGREGATE, SEQUENCE))
            .limit(settings.batchSize())
            .into(new ArrayList<>());
    if (queued.isEmpty()) {
      return 0;
    }
    queued.addAll(earlierEntriesOfTheSameAggregates(queued));
    // An aggregate's events go out in sequence order, whatever the writers' clocks said.
    queued.sort(
        Comparator.comparing((Document d) -> d.getString(AGGREGATE))
            .thenComparingLong(OutboxRelay::sequence));
    Map<Object, Document> stored = new HashMap<>();
    events
        .find(in("_id", queued.stream().map(d -> d.get("event")).toList()))
        .forEach(d -> stored.put(d.get("_id"), d));

    Set<Object> blocked = new HashSet<>();
    List<Object> orphans = new ArrayList<>();
    List<Object> sentIds = new ArrayList<>();
    Map<Object, Document> sentEvents = new HashMap<>();
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    for (Document entry : queued) {
      Object aggregate = entry.get(AGGREGATE);
      Document event = stored.get(entry.get("event"));
      if (event == null) {
        // Not (yet) in the store: a later event of the same aggregate must wait behind it.
        blocked.add(aggregate);
        if (entry
            .getDate(QUEUED_AT)
            .toInstant()
            .isBefore(Instant.now().minus(settings.orphanAfter()))) {
          orphans.add(entry.get("_id"));
        }
        continue;
      }
      if (blocked.contains(aggregate)) {
        continue;
      }
      ProducerRecord<String, String> record;
      try {
        record = record(reader.read(event));
      } catch (RuntimeException unreadable) {
        // One bad event must not stop every other aggregate; its own stream waits behind it.
        log.error(
            "Stored event {} cannot be published: {}", event.get("_id"), unreadable.toString());
        this.unreadable.increment();
        blocked.add(aggregate);
        continue;
      }
      sent.add(producer.send(record));
      sentIds.add(entry.get("_id"));
      sentEvents.put(entry.get("_id"), event);
    }
    producer.flush();
    List<Object> acknowledged = acknowledged(sentIds, sent);
    if (!acknowledged.isEmpty()) {
      // before the entries go: a crash in between only records the same heads again
      heads.advance(acknowledged.stream().map(sentEvents::get).toList());
      outbox.deleteMany(in("_id", acknowledged));
      published.increment(acknowledged.size());
    }
    if (!orphans.isEmpty()) {
      log.warn("Dropping {} outbox entries whose events were never stored", orphans.size());
      outbox.deleteMany(in("_id", orphans));
    }
    return acknowledged.size();
  }

  /**
   * The selection is by queue time; an aggregate's earlier events may have been queued "later" by a
   * writer with a slower clock. They are taken along so that the aggregate never waits behind them.
   */
  private List<Document> earlierEntriesOfTheSameAggregates(List<Document> queued) {
    Map<String, Long> first = new HashMap<>();
    queued.forEach(d -> first.merge(d.getString(AGGREGATE), sequence(d), Math::min));
    List<Document> earlier = new ArrayList<>();
    outbox
        .find(
            and(
                in(AGGREGATE, first.keySet()),
                nin("_id", queued.stream().map(d -> d.get("_id")).toList())))
        .forEach(
            d -> {
              if (sequence(d) < first.get(d.getString(AGGREGATE))) {
                earlier.add(d);
              }
            });
    return earlier;
  }

  private static long sequence(Document entry) {
    return ((Number) entry.get(SEQUENCE)).longValue();
  }

  /** Indexes for real MongoDB; the embedded server keeps only unique ones and scans the rest. */
  private void ensureIndexes() {
    outbox.createIndex(Indexes.ascending(QUEUED_AT, AGGREGATE, SEQUENCE));
    outbox.createIndex(Indexes.ascending(AGGREGATE, SEQUENCE));
  }

  private static List<Object> acknowledged(List<Object> ids, List<Future<RecordMetadata>> sends)
      throws InterruptedException {
    List<Object> done = new ArrayList<>();
    for (int i = 0; i < sends.size(); i++) {
      try {
        sends.get(i).get();
        done.add(ids.get(i));
      } catch (java.util.concurrent.ExecutionException e) {
        // The idempotent producer keeps each partition in order: nothing after a failure is
        // counted as done, and the next round sends it again behind the failed one.
        log.warn("Kafka did not acknowledge event {}: {}", ids.get(i), e.getCause().toString());
        break;
      }
    }
    return done;
  }

  private ProducerRecord<String, String> record(EventEnvelope envelope) {
    try {
      return new ProducerRecord<>(
          settings.topic(), envelope.aggregateId(), json.writeValueAsString(envelope));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write envelope of " + envelope.eventId(), e);
    }
  }

  private void loop() {
    while (running) {
      try {
        int published = publishBatch();
        if (published == 0) {
          wakeup.await(settings.idlePoll());
        }
        if (published < settings.batchSize()) {
          // Let a few more events gather: one round per interval instead of one per append keeps
          // the outbox queries from competing with the writers under load.
          sleepQuietly(settings.gatherFor());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("Outbox relay to {} failed, retrying: {}", settings.topic(), e.toString());
        sleepQuietly(settings.retryDelay());
      }
    }
  }

  private void sleepQuietly(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public synchronized void start() {
    ensureIndexes();
    running = true;
    worker = new Thread(this::loop, "outbox-relay-" + settings.topic());
    worker.setDaemon(true);
    worker.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (worker != null) {
      wakeup.signal();
      try {
        worker.join(Duration.ofSeconds(10).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    producer.close(Duration.ofSeconds(5));
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
