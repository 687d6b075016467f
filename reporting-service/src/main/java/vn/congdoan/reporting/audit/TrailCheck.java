package vn.congdoan.reporting.audit;

import com.mongodb.client.MongoCollection;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import vn.congdoan.reporting.ingest.Delivery;

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
   * The trail's differences, from one read of the live trail (once: it uses up the digests); {@code
   * between} runs every thousand documents and may throw to stop a comparison no longer wanted.
   */
  Differences difference(Runnable between) {
    int rebuiltCount = rebuilt.size();
    var found = new Differences(AuditTrail.NAME, true);
    int liveCount = 0;
    for (RawBsonDocument d : live.find().batchSize(1000)) {
      if (++liveCount % 1000 == 0) {
        between.run();
      }
      BsonValue id = d.get("_id");
      Long expected = id instanceof BsonString s ? rebuilt.match(s.getValue()) : null;
      if (expected == null) {
        found.add(Differences.Kind.MISSING, id, d);
      } else if (expected != digest(d.getByteBuffer().asNIO())) {
        found.add(Differences.Kind.DIFFERENT, id, d);
      }
    }
    // rebuilt, not in the live trail
    rebuilt.unmatched().stream()
        .sorted()
        .forEach(id -> found.add(Differences.Kind.EXTRA, new BsonString(id), null));
    return found.counted(liveCount, rebuiltCount);
  }
}
