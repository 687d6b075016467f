package vn.congdoan.platform.infra.outbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.kafka.common.KafkaException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congdoan.platform.infra.outbox.ParkedEntries.Parking;

/**
 * One round of the {@link OutboxRelay}: what it sent, what Kafka refused for good, and what waits
 * behind a refusal. An aggregate with a refused event sends nothing more until it is released: its
 * events reach Kafka in sequence order or not at all, while every other aggregate goes on.
 */
final class RelayRound {
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  /** Aggregate id → position of its refused event; grows as the round meets refusals. */
  private final Map<String, String> parkedAggregates;

  private final List<Parking> refusals = new ArrayList<>();
  private final List<Parking> held = new ArrayList<>();
  private final List<Document> sentEntries = new ArrayList<>();
  private final List<Future<?>> sends = new ArrayList<>();
  private final Map<Object, Document> events = new HashMap<>();
  private final Map<String, Long> refusedThisRound = new HashMap<>();

  RelayRound(Map<String, String> parkedAggregates) {
    this.parkedAggregates = new HashMap<>(parkedAggregates);
  }

  private static String aggregate(Document entry) {
    return entry.getString(OutboxStorageStrategy.AGGREGATE);
  }

  /** Parks the entry behind its aggregate's refused event, if it has one; says whether it did. */
  boolean holds(Document entry, Document event) {
    String refused = parkedAggregates.get(aggregate(entry));
    if (refused == null) {
      return false;
    }
    held.add(
        new Parking(entry, event, "waits behind " + refused + ", which Kafka refused", refused));
    return true;
  }

  /** The entry's event can never be published: it is parked, its aggregate's later ones held. */
  void refuse(Document entry, Document event, String reason) {
    refusals.add(new Parking(entry, event, reason, null));
    refusedThisRound.putIfAbsent(aggregate(entry), OutboxStorageStrategy.sequence(entry));
    parkedAggregates.put(aggregate(entry), entry.getString("event"));
  }

  /** Sends the entry's event, unless the producer refuses it outright. */
  void send(Document entry, Document event, Supplier<Future<?>> send) {
    Future<?> sent;
    try {
      sent = send.get();
    } catch (KafkaException e) {
      if (!KafkaRefusals.forGood(e)) {
        throw e;
      }
      refuse(entry, event, e.toString());
      return;
    }
    Throwable refused = KafkaRefusals.refusedAtOnce(sent);
    if (refused != null) {
      refuse(entry, event, refused.toString());
      return;
    }
    sentEntries.add(entry);
    sends.add(sent);
    events.put(entry.get("_id"), event);
  }

  /**
   * The entries Kafka acknowledged, once the producer was flushed. A refusal the broker sends back
   * parks its entry and the round goes on; any other failure stops the counting there: the
   * idempotent producer keeps each partition in order, and the next round sends it all again behind
   * the failed one.
   */
  List<Document> acknowledged() throws InterruptedException {
    List<Document> done = new ArrayList<>();
    for (int i = 0; i < sends.size(); i++) {
      Document entry = sentEntries.get(i);
      try {
        sends.get(i).get();
        if (OutboxStorageStrategy.sequence(entry)
            > refusedThisRound.getOrDefault(aggregate(entry), Long.MAX_VALUE)) {
          // only a broker's late refusal lets this happen: the producer checks sizes up front
          log.error(
              "Event {} reached Kafka ahead of {}, which Kafka refused: its aggregate's order on"
                  + " Kafka is broken; keep producer max.request.size within the topic's"
                  + " max.message.bytes",
              entry.get("event"),
              parkedAggregates.get(aggregate(entry)));
        }
        done.add(entry);
      } catch (ExecutionException e) {
        if (KafkaRefusals.forGood(e.getCause())) {
          if (!holds(entry, eventOf(entry))) {
            refuse(entry, eventOf(entry), e.getCause().toString());
          }
          continue;
        }
        log.warn(
            "Kafka did not acknowledge event {}: {}", entry.get("_id"), e.getCause().toString());
        break;
      }
    }
    return done;
  }

  Document eventOf(Document entry) {
    return events.get(entry.get("_id"));
  }

  /**
   * Logs each refusal of the round for the operators, with what to do about it.
   *
   * @return how many there were
   */
  int reportRefusals() {
    for (Parking p : refusals) {
      log.error(
          "Kafka refused event {} for good: parked in outbox_parked, its aggregate's later events"
              + " wait behind it, every other aggregate goes on. Fix the cause, then release the"
              + " aggregate's entries back to the outbox. Reason: {}",
          p.entry().get("event"),
          p.reason());
    }
    return refusals.size();
  }

  /** Everything to park: the refused entries and those waiting behind them. */
  List<Parking> parkings() {
    List<Parking> all = new ArrayList<>(refusals);
    all.addAll(held);
    return all;
  }
}
