package vn.congdoan.reporting.projection;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Writes to per-aggregate documents that stay right however often an event is delivered: each
 * document remembers the aggregate sequence it reflects ({@code seq}), so a redelivered event finds
 * nothing to change. That is what makes exactly-once hold without transactions.
 */
final class SequencedWrites {
  private SequencedWrites() {}

  /**
   * The aggregate's first event creates the document. If the document exists, this event (or a
   * later one) was already applied: the insert fails on its id and is counted as applied before
   * ({@link BulkWriter}).
   */
  static WriteModel<Document> create(String id, long seq, Document fields) {
    return inserted(id, fields.append("seq", seq));
  }

  /**
   * {@code {_id: id, ...fields}}, as an upsert with {@code $setOnInsert} would make it. An insert,
   * not that upsert: the embedded store applied each upsert's fields one by one as update
   * operators, a third of its CPU in a replay, where every such document is new.
   */
  static WriteModel<Document> inserted(String id, Document fields) {
    Document document = new Document("_id", id);
    document.putAll(fields);
    return new InsertOneModel<>(document);
  }

  /**
   * A document that shows only the latest event about its subject (a rating, a narrative): a later
   * event replaces its fields, and an earlier or the same event meets a newer document, fails on
   * its id and is counted as applied before.
   */
  static WriteModel<Document> latest(String id, long seq, Document fields) {
    return new UpdateOneModel<>(
        Filters.and(Filters.eq("_id", id), Filters.lt("seq", seq)),
        new Document("$set", fields.append("seq", seq)),
        new UpdateOptions().upsert(true));
  }

  /** A later event changes the document only if the document has not seen it yet. */
  static WriteModel<Document> update(String id, long seq, Bson change) {
    return update(id, seq, new Document(), change);
  }

  /** As above, where the change needs more of the document matched (e.g. one array element). */
  static WriteModel<Document> update(String id, long seq, Bson where, Bson change) {
    return new UpdateOneModel<>(
        Filters.and(Filters.eq("_id", id), Filters.lt("seq", seq), where),
        Updates.combine(change, Updates.set("seq", seq)));
  }
}
