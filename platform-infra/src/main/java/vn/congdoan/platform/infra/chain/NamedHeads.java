package vn.congdoan.platform.infra.chain;

import static vn.congdoan.platform.infra.outbox.OutboxStorageStrategy.AGGREGATE;
import static vn.congdoan.platform.infra.outbox.OutboxStorageStrategy.EVENT_ID;
import static vn.congdoan.platform.infra.outbox.OutboxStorageStrategy.position;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bson.Document;
import vn.congdoan.platform.api.ChainDigestedEvent.StreamHead;
import vn.congdoan.platform.infra.chain.ChainVerification.BrokenLink;
import vn.congdoan.platform.infra.chain.ChainVerification.Problem;
import vn.congdoan.platform.infra.outbox.OutboxStorageStrategy;

/**
 * The stream heads the digests named during one verification, each checked against the event stored
 * at its position: against the event the pass over the store reads there, when it has not passed it
 * yet, else looked up, 500 at a time and only the fields a report names. A province's welfare
 * digest names ~26,000 heads; looking every one up cost more than reading the store.
 */
final class NamedHeads {
  /** Heads waiting for the pass beyond this are looked up at once: memory stays bounded. */
  private static final int MAX_WAITING = 100_000;

  private final MongoCollection<Document> events;
  private final Consumer<BrokenLink> report;
  private final Map<Object, List<StreamHead>> waiting = new HashMap<>();
  private int waitingCount;
  private long checked;

  NamedHeads(MongoCollection<Document> events, Consumer<BrokenLink> report) {
    this.events = events;
    this.report = report;
  }

  long checked() {
    return checked;
  }

  /** A digest named {@code head}; {@code stored} is the event at its position, if at hand. */
  void named(StreamHead head, Document stored) {
    if (stored != null) {
      check(head, stored);
      return;
    }
    waiting.computeIfAbsent(positionOf(head), p -> new ArrayList<>(1)).add(head);
    if (++waitingCount > MAX_WAITING) {
      lookUp();
    }
  }

  /** The pass read {@code event}: the heads waiting for its position are checked against it. */
  void read(Document event) {
    List<StreamHead> named = waiting.remove(event.get("_id"));
    if (named != null) {
      waitingCount -= named.size();
      named.forEach(head -> check(head, event));
    }
  }

  /** Looks up the heads whose position the pass had already gone by (or never reached). */
  void lookUp() {
    List<Object> positions = new ArrayList<>(waiting.keySet());
    for (int from = 0; from < positions.size(); from += ChainVerifier.CHUNK) {
      List<Object> some =
          positions.subList(from, Math.min(from + ChainVerifier.CHUNK, positions.size()));
      Map<Object, Document> found = new HashMap<>();
      events
          .find(Filters.in("_id", some))
          .projection(Projections.include(AGGREGATE, "sequenceNumber", EVENT_ID, EventChain.HASH))
          .forEach(d -> found.put(d.get("_id"), d));
      for (Object position : some) {
        waiting.get(position).forEach(head -> check(head, found.get(position)));
      }
    }
    waiting.clear();
    waitingCount = 0;
  }

  /** {@code stored}: the event at the head's position, null if there is none. */
  private void check(StreamHead head, Document stored) {
    checked++;
    if (stored == null) {
      report.accept(
          new BrokenLink(
              head.aggregateId(),
              head.sequence(),
              null,
              Problem.EVENT_MISSING,
              "a digest named this event; it is gone"));
    } else if (!head.hash().equals(stored.getString(EventChain.HASH))) {
      report.accept(
          new BrokenLink(
              String.valueOf(stored.get(AGGREGATE)),
              OutboxStorageStrategy.sequence(stored),
              stored.getString(EVENT_ID),
              Problem.DIGEST_MISMATCH,
              "a digest named hash " + head.hash() + " for this position"));
    }
  }

  private static String positionOf(StreamHead head) {
    return position(head.aggregateId(), head.sequence());
  }
}
