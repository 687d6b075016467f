package vn.congdoan.platform.infra.web;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Remembers, per idempotency key, the request's fingerprint and the response it got, so a retried
 * write returns the first answer instead of recording again.
 */
public class IdempotencyStore {
  /** What a key has seen so far. */
  public record Entry(String fingerprint, Integer status, String contentType, byte[] body) {
    boolean completed() {
      return status != null;
    }
  }

  private final MongoCollection<Document> keys;
  private final Duration staleAfter;

  public IdempotencyStore(MongoCollection<Document> keys, Duration staleAfter) {
    this.keys = keys;
    this.staleAfter = staleAfter;
  }

  /**
   * Claims the key for a new request.
   *
   * @return empty when claimed; otherwise what the key already holds
   */
  public Optional<Entry> claim(String id, String fingerprint) {
    try {
      keys.insertOne(
          new Document("_id", id)
              .append("fingerprint", fingerprint)
              .append("startedAt", new Date()));
      return Optional.empty();
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
    Document existing = keys.find(Filters.eq("_id", id)).first();
    if (existing == null) {
      return claim(id, fingerprint);
    }
    Entry entry = toEntry(existing);
    if (!entry.completed() && isStale(existing) && takeOver(id, existing)) {
      return Optional.empty();
    }
    return Optional.of(entry);
  }

  public void complete(String id, int status, String contentType, byte[] body) {
    keys.updateOne(
        Filters.eq("_id", id),
        Updates.combine(
            Updates.set("status", status),
            Updates.set("contentType", contentType),
            Updates.set("body", new Binary(body))));
  }

  /** Forgets a request that failed on our side, so that a retry may run it again. */
  public void release(String id) {
    keys.deleteOne(Filters.and(Filters.eq("_id", id), Filters.exists("status", false)));
  }

  private boolean isStale(Document existing) {
    return existing.getDate("startedAt").toInstant().isBefore(Instant.now().minus(staleAfter));
  }

  // The first attempt died without an answer. If it recorded anything, the retry now meets a 409:
  // client-chosen ids are the same, and server-chosen ones derive from the key (CommandSender).
  private boolean takeOver(String id, Document existing) {
    return keys.updateOne(
                Filters.and(
                    Filters.eq("_id", id), Filters.eq("startedAt", existing.getDate("startedAt"))),
                Updates.set("startedAt", new Date()))
            .getModifiedCount()
        == 1;
  }

  private static Entry toEntry(Document d) {
    Binary body = d.get("body", Binary.class);
    return new Entry(
        d.getString("fingerprint"),
        d.getInteger("status"),
        d.getString("contentType"),
        body == null ? null : body.getData());
  }
}
