package vn.congdoan.platform.infra.outbox;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;

/**
 * The outbox's dead letters: entries whose event Kafka refused for good (too large, say), and
 * behind each the later entries of the same aggregate, which must not reach Kafka ahead of it. An
 * entry keeps its outbox fields, so putting it back in the outbox once the cause is fixed (a larger
 * topic limit, say) is a plain copy; the relay then publishes the aggregate in order again.
 *
 * <p>Each entry also keeps its event's fingerprint as it was when parked ({@link
 * OutboxHook#fingerprint}: the chain's hash): the event is not on Kafka and no digest names it yet,
 * so this copy is what tells a parked event changed or removed meanwhile.
 */
public class ParkedEntries {
  static final String REASON = "reason";
  static final String HELD_BEHIND = "heldBehind";
  static final String PARKED_AT = "parkedAt";

  /** Named {@code hash}: what the chain's hook fingerprints an event with. */
  public static final String FINGERPRINT = "hash";

  private final MongoCollection<Document> parked;
  private final OutboxHook hook;

  public ParkedEntries(MongoCollection<Document> parked, OutboxHook hook) {
    this.parked = parked;
    this.hook = hook;
  }

  /**
   * An outbox entry to park.
   *
   * @param event its stored event; null when the store lacks it
   * @param reason why Kafka refused it, or which refusal it waits behind
   * @param heldBehind the position of the refused event it waits behind; null for the refused one
   */
  record Parking(Document entry, Document event, String reason, String heldBehind) {}

  void park(List<Parking> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Date now = Date.from(Instant.now());
    List<ReplaceOneModel<Document>> writes = new ArrayList<>();
    for (Parking p : entries) {
      Document dead =
          new Document(p.entry())
              .append(REASON, p.reason())
              .append(HELD_BEHIND, p.heldBehind())
              .append(PARKED_AT, now)
              .append(FINGERPRINT, p.event() == null ? null : hook.fingerprint(p.event()));
      // replace, not insert: a crash after parking but before the outbox delete parks it again
      writes.add(
          new ReplaceOneModel<>(
              Filters.eq("_id", p.entry().get("_id")), dead, new ReplaceOptions().upsert(true)));
    }
    parked.bulkWrite(writes, new BulkWriteOptions().ordered(false));
  }

  /**
   * Which of {@code aggregates} have parked entries, each with the position of the refused event
   * its entries wait behind: their new events must wait there too.
   */
  Map<String, String> parkedAmong(Collection<String> aggregates) {
    Map<String, String> found = new HashMap<>();
    if (!aggregates.isEmpty()) {
      parked
          .find(in(OutboxStorageStrategy.AGGREGATE, aggregates))
          .forEach(
              d ->
                  found.merge(
                      d.getString(OutboxStorageStrategy.AGGREGATE),
                      Objects.requireNonNullElse(d.getString(HELD_BEHIND), d.getString("event")),
                      (a, b) -> a));
    }
    return found;
  }

  /** The aggregate's parked entries as they stood in the outbox. */
  List<Document> entriesOf(String aggregate) {
    List<Document> entries = new ArrayList<>();
    parked
        .find(Filters.eq(OutboxStorageStrategy.AGGREGATE, aggregate))
        .forEach(
            d -> {
              List.of(REASON, HELD_BEHIND, PARKED_AT, FINGERPRINT).forEach(d::remove);
              entries.add(d);
            });
    return entries;
  }

  void remove(List<Document> entries) {
    parked.deleteMany(in("_id", entries.stream().map(d -> d.get("_id")).toList()));
  }

  public long count() {
    return parked.countDocuments();
  }

  /** The parked entries that kept a fingerprint of their event, read {@code batch} at a time. */
  public Iterable<Document> fingerprinted(int batch) {
    return parked.find(Filters.ne(FINGERPRINT, null)).batchSize(batch);
  }

  void ensureIndexes() {
    parked.createIndex(Indexes.ascending(OutboxStorageStrategy.AGGREGATE));
  }
}
