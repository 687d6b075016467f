package vn.congdoan.reporting.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.Refusal;

/** Reads the audit trail: a page at a time, or every matching event as a stream. */
public class AuditQuery {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;

  /** Documents per round trip while streaming: a few hundred KB, however long the history. */
  private static final int STREAM_BATCH = 500;

  private final MongoCollection<Document> trail;

  public AuditQuery(MongoCollection<Document> trail) {
    this.trail = trail;
  }

  public AuditPage page(AuditFilter filter, String cursor, Integer limit) {
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw new BadRequestException(Refusal.of("reporting.audit.limit", MAX_LIMIT));
    }
    // One more than asked: whether there is a next page is known without an empty last page.
    List<AuditEvent> rows =
        trail
            .find(filter.query(AuditCursor.decode(cursor)))
            .sort(filter.sort())
            .limit(size + 1)
            .map(AuditEvent::of)
            .into(new ArrayList<>(size + 1));
    if (rows.size() <= size) {
      return new AuditPage(rows, null);
    }
    List<AuditEvent> page = rows.subList(0, size);
    return new AuditPage(List.copyOf(page), AuditCursor.after(page.get(size - 1)).encode());
  }

  /** Every matching event in order, read later without holding more than one batch in memory. */
  public AuditRows stream(AuditFilter filter, String cursor) {
    // Decoded now, on the request thread: a bad cursor is a 400, not a broken download.
    var query = filter.query(AuditCursor.decode(cursor));
    return sink -> {
      try (MongoCursor<Document> rows =
          trail.find(query).sort(filter.sort()).batchSize(STREAM_BATCH).iterator()) {
        rows.forEachRemaining(d -> sink.accept(AuditEvent.of(d)));
      }
    };
  }

  /** The events of an export, read when the response body is written. */
  @FunctionalInterface
  public interface AuditRows {
    void forEach(Consumer<AuditEvent> sink);
  }
}
