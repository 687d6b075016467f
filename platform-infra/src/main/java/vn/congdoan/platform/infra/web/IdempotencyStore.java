package vn.congdoan.platform.infra.web;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

/**
 * Remembers, per idempotency key, the request's fingerprint and the final answer it got, so a
 * retried write returns the first answer instead of recording again.
 *
 * <p>A request holds its key under a lease: a claim token and a time the claim is good until, which
 * the running request renews ({@link #renew}) while it works. Another request takes the key over
 * only when the lease ran out unrenewed, i.e. the first request's process died or froze for a whole
 * lease; a start time alone cannot tell a slow import from a dead one. Every write of the holder
 * names its token, so one that comes back after a takeover changes nothing.
 *
 * <p>Every key expires ({@code expiresAt}, a TTL index): MongoDB removes it within a minute or so
 * of expiry, and until then {@link #claim} treats an expired key as unknown.
 */
public class IdempotencyStore {
  /** What a key has seen so far. */
  public record Entry(String fingerprint, Integer status, String contentType, byte[] body) {
    boolean completed() {
      return status != null;
    }
  }

  /** Either this request now holds the key ({@code token}), or what the key already holds. */
  public record Claim(String token, Entry existing) {
    boolean claimed() {
      return token != null;
    }
  }

  static final String EXPIRES_AT = "expiresAt";
  static final String LEASE_UNTIL = "leaseUntil";
  private static final String TOKEN = "token";

  private final MongoCollection<Document> keys;
  private final Duration ttl;
  private final Duration lease;
  private final Clock clock;

  /**
   * @param ttl how long a key and its answer are kept
   * @param lease how long a claim holds without being renewed
   */
  public IdempotencyStore(
      MongoCollection<Document> keys, Duration ttl, Duration lease, Clock clock) {
    this.keys = keys;
    this.ttl = ttl;
    this.lease = lease;
    this.clock = clock;
  }

  /** The TTL index: each key carries its own expiry, so changing the TTL needs no new index. */
  public void ensureIndexes() {
    keys.createIndex(
        Indexes.ascending(EXPIRES_AT), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
  }

  Duration lease() {
    return lease;
  }

  /** Claims the key for a new request, or tells what it holds. */
  public Claim claim(String id, String fingerprint) {
    String token = UUID.randomUUID().toString();
    Instant now = clock.instant();
    Document fresh =
        new Document("_id", id)
            .append("fingerprint", fingerprint)
            .append(TOKEN, token)
            .append(LEASE_UNTIL, Date.from(now.plus(lease)))
            .append(EXPIRES_AT, Date.from(now.plus(ttl)));
    try {
      keys.insertOne(fresh);
      return new Claim(token, null);
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
    Document existing = keys.find(Filters.eq("_id", id)).first();
    if (existing == null) {
      return claim(id, fingerprint);
    }
    Bson unchanged = Filters.and(Filters.eq("_id", id), Filters.eq(TOKEN, existing.get(TOKEN)));
    if (before(existing, EXPIRES_AT, now)) {
      // Forgotten: as if the TTL monitor had already removed it.
      return replaced(unchanged, fresh) ? new Claim(token, null) : claim(id, fingerprint);
    }
    Entry entry = toEntry(existing);
    boolean abandoned = !entry.completed() && before(existing, LEASE_UNTIL, now);
    // Another body under the key is refused even then: the first one may have recorded.
    if (abandoned && entry.fingerprint().equals(fingerprint) && replaced(unchanged, fresh)) {
      return new Claim(token, null);
    }
    return new Claim(null, entry);
  }

  /** Extends the holder's lease; false when the key is no longer its own. */
  public boolean renew(String id, String token) {
    return keys.updateOne(
                held(id, token), Updates.set(LEASE_UNTIL, Date.from(clock.instant().plus(lease))))
            .getModifiedCount()
        == 1;
  }

  /** Keeps the final answer, for the TTL from now. */
  public void complete(String id, String token, int status, String contentType, byte[] body) {
    keys.updateOne(
        held(id, token),
        Updates.combine(
            Updates.set("status", status),
            Updates.set("contentType", contentType),
            Updates.set("body", new Binary(body)),
            Updates.set(EXPIRES_AT, Date.from(clock.instant().plus(ttl))),
            Updates.unset(LEASE_UNTIL)));
  }

  /** Forgets a request that got no final answer, so that a retry may run it again. */
  public void release(String id, String token) {
    keys.deleteOne(held(id, token));
  }

  private static Bson held(String id, String token) {
    return Filters.and(
        Filters.eq("_id", id), Filters.eq(TOKEN, token), Filters.exists("status", false));
  }

  private boolean replaced(Bson unchanged, Document fresh) {
    return keys.replaceOne(unchanged, fresh).getModifiedCount() == 1;
  }

  private static boolean before(Document d, String field, Instant now) {
    Date at = d.getDate(field);
    // Keys written before leases and expiry carried neither: treat them as long gone.
    return at == null || at.toInstant().isBefore(now);
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
