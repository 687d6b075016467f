package vn.congdoan.platform.infra.chain;

import static com.mongodb.client.model.Filters.in;
import static vn.congdoan.platform.infra.outbox.OutboxStorageStrategy.AGGREGATE;
import static vn.congdoan.platform.infra.outbox.OutboxStorageStrategy.EVENT_ID;
import static vn.congdoan.platform.infra.outbox.OutboxStorageStrategy.sequence;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import vn.congdoan.platform.infra.chain.ChainVerification.BrokenLink;
import vn.congdoan.platform.infra.chain.ChainVerification.Problem;
import vn.congdoan.platform.infra.outbox.ParkedEntries;

/** The outbox's parked events as the chain verification sees them. */
final class ParkedLinks {
  private final ParkedEntries parked;

  ParkedLinks(ParkedEntries parked) {
    this.parked = parked;
  }

  /**
   * What the chain verification adds for parked events: each must still be stored at its position
   * with the hash it had when parked. No digest names them while they are off Kafka, so without
   * this copy a parked event could be removed or rewritten unseen for as long as it stays parked.
   */
  List<BrokenLink> checkAgainst(MongoCollection<Document> events) {
    List<BrokenLink> broken = new ArrayList<>();
    ChainVerifier.inChunks(
        parked.fingerprinted(ChainVerifier.CHUNK), chunk -> check(chunk, events, broken));
    return broken;
  }

  private static void check(
      List<Document> entries, MongoCollection<Document> events, List<BrokenLink> broken) {
    if (entries.isEmpty()) {
      return;
    }
    Map<Object, Document> found = new HashMap<>();
    events
        .find(in("_id", entries.stream().map(d -> d.get("event")).toList()))
        .forEach(d -> found.put(d.get("_id"), d));
    for (Document entry : entries) {
      Document event = found.get(entry.get("event"));
      String hash = entry.getString(ParkedEntries.FINGERPRINT);
      String aggregate = entry.getString(AGGREGATE);
      long sequence = sequence(entry);
      if (event == null) {
        broken.add(
            new BrokenLink(
                aggregate, sequence, null, Problem.EVENT_MISSING, "parked, off Kafka; it is gone"));
      } else if (!hash.equals(event.getString(EventChain.HASH))) {
        broken.add(
            new BrokenLink(
                aggregate,
                sequence,
                event.getString(EVENT_ID),
                Problem.DIGEST_MISMATCH,
                "parked, off Kafka, with hash " + hash));
      }
    }
  }
}
