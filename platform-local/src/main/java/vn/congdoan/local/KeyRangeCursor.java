package vn.congdoan.local;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A read of a whole collection (no sort, no skip, no projection) handed out a batch at a time: each
 * batch walks the documents' map from the key after the last one returned. mongo-java-server
 * collects every matching document into one list before answering the first batch, so reading a
 * collection of 300,000 events (a chain verification, a replay's comparison) held all of them on
 * the store's heap at once and the read slowed as the store grew. Like a MongoDB cursor, this one
 * is no snapshot: a document written meanwhile after the cursor's position is seen, none twice.
 */
final class KeyRangeCursor extends AbstractCursor {
  /** As MongoDB, a batch ends once it holds 16 MiB (of BSON). */
  static final int MAX_BATCH_BYTES = 16 * 1024 * 1024;

  private final MVMap<Object, byte[]> documents;
  private final Predicate<Document> matches;
  private int left;
  private Object last;
  private boolean exhausted;

  private KeyRangeCursor(
      long id, MVMap<Object, byte[]> documents, Predicate<Document> matches, int limit) {
    super(id);
    this.documents = documents;
    this.matches = matches;
    this.left = limit > 0 ? limit : Integer.MAX_VALUE;
  }

  /**
   * Whether {@link #query} answers such a read; the others (sorted, skipped, projected, a negative
   * limit, or asked without a batch size, whose first answer is everything) are left to
   * mongo-java-server.
   */
  static boolean serves(Document orderBy, int skip, int limit, int batchSize, Document fields) {
    return batchSize > 0
        && skip == 0
        && limit >= 0
        && (orderBy == null || orderBy.isEmpty())
        && (fields == null || fields.isEmpty());
  }

  /** The first batch, and a registered cursor for the rest if there may be more. */
  static QueryResult query(
      CursorRegistry registry,
      MVMap<Object, byte[]> documents,
      Predicate<Document> matches,
      int limit,
      int batchSize) {
    var cursor = new KeyRangeCursor(registry.generateCursorId(), documents, matches, limit);
    List<Document> first = cursor.takeDocuments(batchSize);
    if (cursor.isEmpty()) {
      return new QueryResult(first);
    }
    registry.add(cursor);
    return new QueryResult(first, cursor);
  }

  @Override
  public synchronized boolean isEmpty() {
    return exhausted;
  }

  @Override
  public synchronized List<Document> takeDocuments(int numberToReturn) {
    int wanted = Math.min(numberToReturn > 0 ? numberToReturn : Integer.MAX_VALUE, left);
    List<Document> batch = new ArrayList<>(Math.min(wanted, 1_000));
    Cursor<Object, byte[]> walk = documents.cursor(last);
    // the walk starts at the last key returned, if that one is still there
    boolean first = last != null;
    long bytes = 0;
    boolean full = false;
    while (!full && walk.hasNext()) {
      Object key = walk.next();
      boolean returnedBefore = first && documents.getKeyType().compare(key, last) == 0;
      first = false;
      if (returnedBefore) {
        continue;
      }
      last = key;
      byte[] bson = walk.getValue();
      Document document = StoreTypes.decode(bson);
      if (matches.test(document)) {
        batch.add(document);
        bytes += bson.length;
        full = batch.size() == wanted || bytes >= MAX_BATCH_BYTES;
      }
    }
    left -= batch.size();
    // a batch that came back short found the end; a full one may have been the last
    exhausted = !full || left == 0 || !walk.hasNext();
    return batch;
  }
}
