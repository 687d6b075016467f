package vn.congdoan.platform.infra.chain;

import static vn.congdoan.platform.infra.outbox.OutboxStorageStrategy.AGGREGATE;
import static vn.congdoan.platform.infra.outbox.OutboxStorageStrategy.EVENT_ID;
import static vn.congdoan.platform.infra.outbox.OutboxStorageStrategy.position;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.bson.Document;
import vn.congdoan.platform.api.ChainDigestedEvent;
import vn.congdoan.platform.infra.chain.ChainVerification.BrokenLink;
import vn.congdoan.platform.infra.chain.ChainVerification.LastDigest;
import vn.congdoan.platform.infra.chain.ChainVerification.Problem;

/**
 * One verification's pass over the store ({@link ChainVerifier}): what it has counted, the links
 * found broken (the first {@value #KEPT} in order), and the stream heads the digests named, checked
 * a chunk at a time.
 */
final class ChainRun {
  private static final int KEPT = 10_000;

  private final String service;
  private final MongoCollection<Document> events;
  private final ObjectMapper json;
  private final Clock clock;
  private final TreeSet<BrokenLink> broken =
      new TreeSet<>(
          Comparator.comparing(BrokenLink::aggregateId)
              .thenComparingLong(BrokenLink::sequence)
              .thenComparing(BrokenLink::problem));
  private final NamedHeads heads;
  private long count;
  private long streams;
  private long digests;
  private long brokenCount;
  private LastDigest lastDigest;
  private final Long asked;
  private LastDigest askedDigest;

  ChainRun(
      String service,
      MongoCollection<Document> events,
      ObjectMapper json,
      Clock clock,
      Long asked) {
    this.service = service;
    this.events = events;
    this.json = json;
    this.clock = clock;
    this.asked = asked;
    this.heads = new NamedHeads(events, this::report);
  }

  void check(List<Document> chunk) {
    Map<Object, Document> near = neighbours(chunk);
    for (Document event : chunk) {
      count++;
      checkEvent(event, near);
      heads.read(event);
      if (ChainDigester.AGGREGATE_TYPE.equals(event.get("type"))) {
        digest(event, near);
      }
    }
  }

  private Map<Object, Document> neighbours(List<Document> chunk) {
    Map<Object, Document> near = new HashMap<>();
    chunk.forEach(d -> near.put(d.get("_id"), d));
    List<String> missing =
        chunk.stream()
            .filter(d -> sequence(d) > 0)
            .map(d -> position(d.get(AGGREGATE), sequence(d) - 1))
            .filter(p -> !near.containsKey(p))
            .toList();
    if (!missing.isEmpty()) {
      events.find(Filters.in("_id", missing)).forEach(d -> near.put(d.get("_id"), d));
    }
    return near;
  }

  private void checkEvent(Document event, Map<Object, Document> near) {
    String aggregate = event.getString(AGGREGATE);
    long sequence = sequence(event);
    String hash = event.getString(EventChain.HASH);
    String previous = event.getString(EventChain.PREVIOUS);
    if (sequence == 0) {
      streams++;
    }
    if (!position(aggregate, sequence).equals(event.get("_id"))) {
      report(event, Problem.MISPLACED, "stored at " + event.get("_id"));
    }
    if (hash == null || previous == null) {
      report(event, Problem.NOT_CHAINED, "the event carries no hash");
      return;
    }
    if (!EventChain.hash(event, previous).equals(hash)) {
      report(event, Problem.CONTENT_CHANGED, "its content no longer hashes to " + hash);
    }
    if (sequence == 0) {
      if (!EventChain.GENESIS.equals(previous)) {
        report(event, Problem.LINK_BROKEN, "the first event of a stream links to nothing");
      }
      return;
    }
    Document before = near.get(position(aggregate, sequence - 1));
    if (before == null) {
      report(
          new BrokenLink(
              aggregate,
              sequence - 1,
              null,
              Problem.EVENT_MISSING,
              "position " + (sequence - 1) + " is empty; the event after it links to it"));
    } else if (!previous.equals(before.getString(EventChain.HASH))) {
      report(event, Problem.LINK_BROKEN, "the event before it does not have the hash it names");
    }
  }

  private void digest(Document event, Map<Object, Document> near) {
    digests++;
    ChainDigestedEvent digest = readDigest(event);
    if (digest == null) {
      return;
    }
    if (!ChainDigester.root(digest.previousRoot(), digest.heads()).equals(digest.root())) {
      report(event, Problem.CONTENT_CHANGED, "the digest's root does not cover its heads");
    }
    // the roots chain too: the newest one, compared with its copy on Kafka, vouches for all
    Document before = near.get(position(event.get(AGGREGATE), sequence(event) - 1));
    ChainDigestedEvent previous = before == null ? null : readDigest(before);
    String expected = previous == null ? EventChain.GENESIS : previous.root();
    if ((sequence(event) == 0 || previous != null) && !expected.equals(digest.previousRoot())) {
      report(event, Problem.LINK_BROKEN, "the digest does not continue the previous root");
    }
    digest.heads().forEach(h -> heads.named(h, near.get(position(h.aggregateId(), h.sequence()))));
    var found =
        new LastDigest(sequence(event), digest.root(), String.valueOf(event.get("timestamp")));
    if (lastDigest == null || lastDigest.sequence() < found.sequence()) {
      lastDigest = found;
    }
    if (asked != null && asked == found.sequence()) {
      askedDigest = found;
    }
  }

  private ChainDigestedEvent readDigest(Document event) {
    try {
      return json.readValue(event.getString("serializedPayload"), ChainDigestedEvent.class);
    } catch (JsonProcessingException | RuntimeException e) {
      report(event, Problem.CONTENT_CHANGED, "the digest cannot be read: " + e.getMessage());
      return null;
    }
  }

  /** Every head a digest named must still be at its position with the same hash. */
  void checkHeads() {
    heads.lookUp();
  }

  private void report(Document event, Problem problem, String detail) {
    report(
        new BrokenLink(
            Objects.toString(event.get(AGGREGATE)),
            sequence(event),
            event.getString(EVENT_ID),
            problem,
            detail));
  }

  void report(BrokenLink link) {
    if (broken.add(link)) {
      brokenCount++;
    }
    if (broken.size() > KEPT) {
      broken.pollLast();
    }
  }

  ChainVerification result() {
    return new ChainVerification(
        service,
        clock.instant(),
        brokenCount == 0,
        count,
        streams,
        digests,
        heads.checked(),
        brokenCount,
        broken.isEmpty() ? null : broken.first(),
        broken.stream().limit(ChainVerifier.SHOWN).toList(),
        lastDigest,
        askedDigest);
  }

  /** The position a document claims; -1 when a tamperer took even that away. */
  private static long sequence(Document event) {
    return event.get("sequenceNumber") instanceof Number n ? n.longValue() : -1;
  }
}
