package vn.congdoan.platform.infra.outbox;

import static com.mongodb.client.model.Filters.in;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.infra.lease.Lease;

/**
 * Publishes what the {@link OutboxStorageStrategy} queued, in order per aggregate, and removes an
 * outbox entry only once Kafka has acknowledged its event to all in-sync replicas. A crash at any
 * point therefore re-publishes at most a batch; consumers drop the repeats by aggregate sequence.
 * Of several instances of a service, only the one holding the {@code outbox-relay} lease relays;
 * the others wait to take it over.
 */
public class OutboxRelay implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  private final OutboxQueue outbox;
  private final MongoCollection<Document> events;
  private final Producer<String, String> producer;
  private final RelaySettings settings;
  private final Wakeup wakeup;
  private final OutboxHook hook;
  private final EnvelopeReader reader;
  private final ObjectMapper json;
  private final Lease lease;

  private final ParkedEntries parked;
  private final RelayMeters meters;
  private volatile boolean running;
  private Thread worker;

  public OutboxRelay(
      MongoCollection<Document> outbox,
      MongoCollection<Document> events,
      Producer<String, String> producer,
      RelaySettings settings,
      Wakeup wakeup,
      OutboxHook hook,
      ParkedEntries parked,
      ObjectMapper json,
      MeterRegistry metrics,
      Lease lease) {
    this.outbox = new OutboxQueue(outbox);
    this.lease = lease;
    this.parked = parked;
    this.hook = hook;
    this.events = events;
    this.producer = producer;
    this.settings = settings;
    this.wakeup = wakeup;
    this.json = json;
    this.reader = new EnvelopeReader(json);
    this.meters = new RelayMeters(metrics, settings.topic(), this.outbox, parked);
  }

  /**
   * Publishes one batch of the oldest queued events.
   *
   * @return how many events were published
   */
  public synchronized int publishBatch() throws InterruptedException {
    List<Document> queued = outbox.oldest(settings.batchSize());
    if (queued.isEmpty()) {
      return 0;
    }
    Map<Object, Document> stored = new HashMap<>();
    events
        .find(in("_id", queued.stream().map(d -> d.get("event")).toList()))
        .forEach(d -> stored.put(d.get("_id"), d));

    var round =
        new RelayRound(
            parked.parkedAmong(
                queued.stream().map(d -> d.getString(OutboxQueue.AGGREGATE)).toList()));
    Set<Object> blocked = new HashSet<>();
    List<Object> orphans = new ArrayList<>();
    List<Object> lost = new ArrayList<>();
    for (Document entry : queued) {
      Object aggregate = entry.get(OutboxQueue.AGGREGATE);
      Document event = stored.get(entry.get("event"));
      if (event != null && !entry.get("_id").equals(event.get(OutboxStorageStrategy.EVENT_ID))) {
        // Another instance's event took this position first: this entry's write lost the race,
        // was refused, and its event will never be stored. Its writer removes it; so may we.
        lost.add(entry.get("_id"));
        continue;
      }
      if (round.holds(entry, event)) {
        continue;
      }
      if (event == null) {
        // Not (yet) in the store: a later event of the same aggregate must wait behind it.
        blocked.add(aggregate);
        if (OutboxQueue.waitedLongerThan(entry, settings.orphanAfter())) {
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
        meters.unreadable.increment();
        round.refuse(entry, event, "unreadable: " + unreadable);
        continue;
      }
      round.send(entry, event, () -> producer.send(record));
    }
    producer.flush();
    List<Document> acknowledged = round.acknowledged();
    // parked before they leave the outbox: a crash in between only parks them again
    parked.park(round.parkings());
    if (!round.parkings().isEmpty()) {
      outbox.remove(round.parkings().stream().map(p -> p.entry().get("_id")).toList());
      meters.refused.increment(round.reportRefusals());
    }
    if (!acknowledged.isEmpty()) {
      // before the entries go: a crash in between only tells the hook the same events again
      hook.published(acknowledged.stream().map(round::eventOf).toList());
      outbox.remove(acknowledged.stream().map(d -> d.get("_id")).toList());
      meters.published.increment(acknowledged.size());
    }
    if (!orphans.isEmpty()) {
      log.warn("Dropping {} outbox entries whose events were never stored", orphans.size());
      outbox.remove(orphans);
    }
    if (!lost.isEmpty()) {
      outbox.remove(lost);
    }
    return acknowledged.size();
  }

  /**
   * Puts an aggregate's parked entries back in the outbox once the cause is fixed (a larger limit
   * on the topic, say): the next round publishes them, in order, ahead of anything newer.
   *
   * @return how many entries were released
   */
  public synchronized int release(String aggregateId) {
    List<Document> entries = parked.entriesOf(aggregateId);
    // back in the outbox before they leave the dead letters: a crash in between parks them again
    outbox.restore(entries);
    parked.remove(entries);
    log.info("Released {} parked events of {} to the outbox", entries.size(), aggregateId);
    return entries.size();
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
        if (!lease.hold()) {
          // another instance relays; this one stands by to take over when it is gone
          sleepQuietly(settings.idlePoll().multipliedBy(5));
          continue;
        }
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
    outbox.ensureIndexes();
    parked.ensureIndexes();
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
    lease.release();
    producer.close(Duration.ofSeconds(5));
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
