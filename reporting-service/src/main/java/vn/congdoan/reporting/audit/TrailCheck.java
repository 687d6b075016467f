package vn.congdoan.reporting.audit;

import com.mongodb.client.MongoCollection;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import vn.congdoan.reporting.audit.ReadModelComparison.CollectionDifference;
import vn.congdoan.reporting.query.Delivery;

/**
 * A replay's audit trail, checked without being built. The trail is one document per event, fixed
 * when first written ({@link AuditTrail}), so each event's document is made as the trail holds it
 * and only its digest kept; at the end the live trail is read once, in its own order, and each
 * document's digest compared. The trail is three quarters of a read model's bytes: writing it into
 * the scratch database and reading both sides back was half of a replay's time, and looking the
 * live documents up by id as the replay went was a third.
 *
 * <p>Memory: an id and a digest per event (~140 bytes; ~50 MB for 345,000 events). A larger history
 * is replayed by range (see docs/performance.md, the national scale).
 */
final class TrailCheck {
  private final MongoCollection<RawBsonDocument> live;
  private final MessageDigest sha256;
  // event id → digest of its rebuilt document; an event Kafka delivers twice is kept once
  private final DigestTable rebuilt = new DigestTable();

  TrailCheck(MongoCollection<?> liveTrail) {
    live = liveTrail.withDocumentClass(RawBsonDocument.class);
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Keeps the digests of a batch's events. */
  void check(List<Delivery> batch) {
    for (Delivery delivery : batch) {
      rebuilt.putIfAbsent(delivery.envelope().eventId(), () -> digest(TrailBytes.of(delivery)));
    }
  }

  /** The first 8 bytes of the SHA-256 of a document's whole encoding. */
  private long digest(ByteBuffer bson) {
    sha256.update(bson);
    return ByteBuffer.wrap(sha256.digest()).getLong();
  }

  /**
   * The trail's line of the comparison, from one read of the live trail (once: it uses up the
   * digests); {@code between} runs every thousand documents and may throw to stop a comparison no
   * longer wanted.
   */
  CollectionDifference difference(Runnable between) {
    int rebuiltCount = rebuilt.size();
    List<String> first = new ArrayList<>();
    int liveCount = 0;
    int missing = 0;
    int different = 0;
    for (RawBsonDocument d : live.find().batchSize(1000)) {
      if (++liveCount % 1000 == 0) {
        between.run();
      }
      BsonValue id = d.get("_id");
      Long expected = id instanceof BsonString s ? rebuilt.match(s.getValue()) : null;
      if (expected == null) {
        missing++;
        ReadModelComparison.note(first, id);
      } else if (expected != digest(d.getByteBuffer().asNIO())) {
        different++;
        ReadModelComparison.note(first, id);
      }
    }
    // rebuilt, not in the live trail
    List<String> unmatched = rebuilt.unmatched();
    unmatched.stream().sorted().forEach(id -> ReadModelComparison.note(first, new BsonString(id)));
    return new CollectionDifference(
        AuditTrail.NAME,
        liveCount,
        rebuiltCount,
        missing,
        unmatched.size(),
        different,
        List.copyOf(first));
  }
}
