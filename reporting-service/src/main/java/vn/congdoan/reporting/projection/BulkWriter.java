package vn.congdoan.reporting.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import org.bson.Document;

/**
 * Sends a poll's writes for one collection in as few round trips as possible. A duplicate key means
 * the write's event was applied before (see {@link SequencedWrites}, {@link LedgerProjection}), so
 * it is counted, not failed; any other error fails the batch, which Kafka then delivers again.
 */
public final class BulkWriter {
  /** How many writes changed the collection, and how many found their event already applied. */
  public record Outcome(long applied, long duplicates) {
    Outcome plus(long moreApplied, long moreDuplicates) {
      return new Outcome(applied + moreApplied, duplicates + moreDuplicates);
    }
  }

  private BulkWriter() {}

  public static Outcome write(
      MongoCollection<Document> collection, List<WriteModel<Document>> writes, boolean ordered) {
    Outcome outcome = new Outcome(0, 0);
    int from = 0;
    while (from < writes.size()) {
      List<WriteModel<Document>> rest = writes.subList(from, writes.size());
      try {
        BulkWriteResult result =
            collection.bulkWrite(rest, new BulkWriteOptions().ordered(ordered));
        long changed = Math.min(changed(result, inserts(rest, rest.size())), rest.size());
        return outcome.plus(changed, rest.size() - changed);
      } catch (MongoBulkWriteException e) {
        if (e.getWriteConcernError() != null
            || !e.getWriteErrors().stream().allMatch(BulkWriter::isDuplicateKey)) {
          throw e;
        }
        if (!ordered) {
          long failedInserts =
              e.getWriteErrors().stream()
                  .filter(error -> rest.get(error.getIndex()) instanceof InsertOneModel)
                  .count();
          long changed =
              Math.min(
                  changed(e.getWriteResult(), inserts(rest, rest.size()) - failedInserts),
                  rest.size() - e.getWriteErrors().size());
          return outcome.plus(changed, rest.size() - changed);
        }
        // An ordered bulk write stops at its first error: go on after it.
        int failed = e.getWriteErrors().get(0).getIndex();
        long changed = Math.min(changed(e.getWriteResult(), inserts(rest, failed)), failed);
        outcome = outcome.plus(changed, failed + 1 - changed);
        from += failed + 1;
      }
    }
    return outcome;
  }

  /**
   * Documents changed: one per write, except where one write changes several (an erasure marks each
   * of a member's segments), which is why the callers cap it by the writes. Inserts are counted
   * from the writes that succeeded, not from the answer: mongo-java-server counts a batch's failed
   * inserts as inserted too.
   */
  private static long changed(BulkWriteResult result, long inserted) {
    return inserted + result.getUpserts().size() + result.getModifiedCount();
  }

  /** The inserts among the first {@code count} writes. */
  private static long inserts(List<WriteModel<Document>> writes, int count) {
    return writes.subList(0, count).stream().filter(w -> w instanceof InsertOneModel).count();
  }

  private static boolean isDuplicateKey(BulkWriteError error) {
    return ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY;
  }
}
