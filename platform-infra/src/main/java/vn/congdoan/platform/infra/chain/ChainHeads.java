package vn.congdoan.platform.infra.chain;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import vn.congdoan.platform.api.ChainDigestedEvent.StreamHead;
import vn.congdoan.platform.infra.config.WriteOrder;
import vn.congdoan.platform.infra.outbox.OutboxStorageStrategy;

/**
 * The newest published event of every stream, and whether a digest has sealed it yet: what the next
 * {@link ChainDigester} round has to cover. Written by the relay once Kafka acknowledged the
 * events, so a digest names only events that are both stored and published.
 */
public class ChainHeads {
  private static final String SEQUENCE = "sequence";
  private static final String DIGESTED = "digested";

  private final MongoCollection<Document> heads;
  // the relay's moves: lost in a crash, its entries are still queued and move the heads again
  private final MongoCollection<Document> moving;

  public ChainHeads(MongoCollection<Document> heads) {
    this.heads = heads;
    this.moving = WriteOrder.repeatedIfLost(heads);
  }

  /** Moves each stream's head to the newest of {@code events} (stored documents), never back. */
  public void advance(Collection<Document> events) {
    Map<String, Document> newest = new HashMap<>();
    for (Document event : events) {
      if (ChainDigester.AGGREGATE_TYPE.equals(event.get("type"))) {
        continue; // the digests are a chain of their own, not something to digest
      }
      newest.merge(
          event.getString(OutboxStorageStrategy.AGGREGATE),
          event,
          (a, b) -> OutboxStorageStrategy.sequence(a) >= OutboxStorageStrategy.sequence(b) ? a : b);
    }
    if (newest.isEmpty()) {
      return;
    }
    List<ReplaceOneModel<Document>> moves = new ArrayList<>();
    newest.forEach(
        (aggregate, event) -> {
          long sequence = OutboxStorageStrategy.sequence(event);
          // Only forward: a head at this sequence or later is not matched, and the upsert then
          // meets its id and is refused. A former relay that wakes late cannot move a head back.
          moves.add(
              new ReplaceOneModel<>(
                  and(eq("_id", aggregate), lt(SEQUENCE, sequence)),
                  new Document("_id", aggregate)
                      .append(SEQUENCE, sequence)
                      .append(EventChain.HASH, event.getString(EventChain.HASH))
                      .append(DIGESTED, false),
                  new ReplaceOptions().upsert(true)));
        });
    try {
      // one round trip for the relay's whole batch
      moving.bulkWrite(moves, new BulkWriteOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      if (!e.getWriteErrors().stream()
          .allMatch(w -> ErrorCategory.fromErrorCode(w.getCode()) == ErrorCategory.DUPLICATE_KEY)) {
        throw e;
      }
    }
  }

  /** For real MongoDB: the digester asks for the undigested heads every round. */
  public void ensureIndexes() {
    heads.createIndex(Indexes.ascending(DIGESTED));
  }

  /** Up to {@code limit} heads no digest has covered, ordered by aggregate id. */
  public List<StreamHead> undigested(int limit) {
    List<StreamHead> grown = new ArrayList<>();
    heads
        .find(eq(DIGESTED, false))
        .limit(limit)
        .forEach(
            d ->
                grown.add(
                    new StreamHead(
                        d.getString("_id"),
                        ((Number) d.get(SEQUENCE)).longValue(),
                        d.getString(EventChain.HASH))));
    grown.sort(Comparator.comparing(StreamHead::aggregateId));
    return grown;
  }

  /** Marks the heads as covered, unless their stream has grown again meanwhile. */
  public void digested(List<StreamHead> covered) {
    if (covered.isEmpty()) {
      return;
    }
    heads.bulkWrite(
        covered.stream()
            .map(
                head ->
                    new UpdateOneModel<Document>(
                        and(eq("_id", head.aggregateId()), eq(SEQUENCE, head.sequence())),
                        Updates.set(DIGESTED, true)))
            .toList(),
        new BulkWriteOptions().ordered(false));
  }
}
