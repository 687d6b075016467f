package vn.congdoan.reporting.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import org.bson.Document;

/**
 * Sends a poll's writes for one collection in as few round trips as possible. A duplicate key means
 * the write's event was applied before (see {@link SequencedWrites}, {@link LedgerProjection}), so
 * it is counted, not failed; any other error fails the batch, which Kafka then delivers again.
 */
final class BulkWriter {
  /** How many writes changed the collection, and how many found their event already applied. */
  record Outcome(long applied, long duplicates) {
    Outcome plus(long moreApplied, long moreDuplicates) {
      return new Outcome(applied + moreApplied, duplicates + moreDuplicates);
    }
  }

  private BulkWriter() {}

  static Outcome write(
      MongoCollection<Document> collection, List<WriteModel<Document>> writes, boolean ordered) {
    Outcome outcome = new Outcome(0, 0);
    int from = 0;
    while (from < writes.size()) {
      List<WriteModel<Document>> rest = writes.subList(from, writes.size());
      try {
        long changed =
            Math.min(
                changed(collection.bulkWrite(rest, new BulkWriteOptions().ordered(ordered))),
                rest.size());
        return outcome.plus(changed, rest.size() - changed);
      } catch (MongoBulkWriteException e) {
        if (e.getWriteConcernError() != null
            || !e.getWriteErrors().stream().allMatch(BulkWriter::isDuplicateKey)) {
          throw e;
        }
        // Capped by what can have succeeded: some servers count the failed inserts as done.
        if (!ordered) {
          long changed =
              Math.min(changed(e.getWriteResult()), rest.size() - e.getWriteErrors().size());
          return outcome.plus(changed, rest.size() - changed);
        }
        // An ordered bulk write stops at its first error: go on after it.
        int failed = e.getWriteErrors().get(0).getIndex();
        long changed = Math.min(changed(e.getWriteResult()), failed);
        outcome = outcome.plus(changed, failed + 1 - changed);
        from += failed + 1;
      }
    }
    return outcome;
  }

  /**
   * Documents changed: one per write, except where one write changes several (an erasure marks each
   * of a member's segments), which is why the callers cap it by the writes.
   */
  private static long changed(BulkWriteResult result) {
    return (long) result.getInsertedCount()
        + result.getUpserts().size()
        + result.getModifiedCount();
  }

  private static boolean isDuplicateKey(BulkWriteError error) {
    return ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY;
  }
}
