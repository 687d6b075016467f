package vn.congdoan.platform.infra.lease;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.function.LongSupplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The right of one instance of a service to do a job no two instances may do at once (relaying the
 * outbox, sealing the chain), kept in the service's own MongoDB database. Whoever holds it renews
 * it while it works; when the holder dies, another instance takes it once it has expired, within
 * one {@code term}. Each taking raises the lease's {@link #token() token}, the fencing number: the
 * holder checks before every round of work that it still holds the lease with half a term left, and
 * what a paused former holder could still write afterwards is harmless by construction of the data
 * it writes (a Kafka record again, which consumers drop by sequence; a chain head never moved back;
 * a stream position already taken refused by its unique id).
 *
 * <p>Not ShedLock: its locks carry no fencing number and are not meant to be renewed while held,
 * and the relay holds its lease for as long as the instance lives.
 *
 * <p>Expiry is judged by each instance's own clock: the term must be well above the clock skew
 * between hosts (NTP keeps it to milliseconds; the default term is 10 s).
 */
public final class Lease {
  private static final Logger log = LoggerFactory.getLogger(Lease.class);
  static final String HOLDER = "holder";
  static final String UNTIL = "until";
  static final String TOKEN = "token";

  private final MongoCollection<Document> leases;
  private final String name;
  private final String holder;
  private final Duration term;
  private final Clock clock;
  private final LongSupplier nanos;
  private long token = -1;
  private long validUntil;

  public Lease(MongoCollection<Document> leases, String name, String holder, Duration term) {
    this(leases, name, holder, term, Clock.systemUTC(), System::nanoTime);
  }

  Lease(
      MongoCollection<Document> leases,
      String name,
      String holder,
      Duration term,
      Clock clock,
      LongSupplier nanos) {
    this.leases = leases;
    this.name = name;
    this.holder = holder;
    this.term = term;
    this.clock = clock;
    this.nanos = nanos;
  }

  /**
   * Whether this instance holds the lease with at least half a term left, renewing it when less is
   * left and taking it when it is free or expired. A store that cannot be reached means not held.
   */
  public synchronized boolean hold() {
    long now = nanos.getAsLong();
    if (token >= 0 && now < validUntil - term.toNanos() / 2) {
      return true;
    }
    try {
      Date until = Date.from(clock.instant().plus(term));
      Document held = token >= 0 ? renew(until) : null;
      if (held == null) {
        held = take(until);
      }
      if (held == null) {
        lost();
        return false;
      }
      long taken = ((Number) held.get(TOKEN)).longValue();
      if (taken != token) {
        log.info("{} took lease {} (token {})", holder, name, taken);
      }
      token = taken;
      validUntil = now + term.toNanos();
      return true;
    } catch (MongoException away) {
      log.warn("Lease {} not renewed, store away: {}", name, away.toString());
      // kept a little longer, never up to the moment another instance may take it
      if (now >= validUntil - term.toNanos() / 4) {
        lost();
      }
      return token >= 0;
    }
  }

  /** The fencing number of the current holding, or -1 when not held. */
  public synchronized long token() {
    return token;
  }

  /** Lets the lease go at once, so another instance need not wait for it to expire. */
  public synchronized void release() {
    if (token < 0) {
      return;
    }
    try {
      leases.updateOne(
          and(eq("_id", name), eq(HOLDER, holder), eq(TOKEN, token)),
          Updates.set(UNTIL, new Date(0)));
    } catch (MongoException away) {
      log.warn("Lease {} not released, it expires by itself: {}", name, away.toString());
    }
    token = -1;
  }

  private Document renew(Date until) {
    return leases.findOneAndUpdate(
        and(eq("_id", name), eq(HOLDER, holder), eq(TOKEN, token)),
        Updates.set(UNTIL, until),
        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
  }

  /**
   * Takes the lease if it has expired (or never existed): a new holding, a new token. Of two
   * instances taking it at once, the one whose update still finds the token it read wins.
   */
  private Document take(Date until) {
    Document current = leases.find(eq("_id", name)).first();
    if (current == null) {
      Document first =
          new Document("_id", name).append(HOLDER, holder).append(UNTIL, until).append(TOKEN, 1L);
      try {
        leases.insertOne(first);
        return first;
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
          return null;
        }
        throw e;
      }
    }
    if (!current.getDate(UNTIL).toInstant().isBefore(clock.instant())) {
      return null;
    }
    return leases.findOneAndUpdate(
        and(eq("_id", name), eq(TOKEN, current.get(TOKEN))),
        Updates.combine(
            Updates.set(HOLDER, holder), Updates.set(UNTIL, until), Updates.inc(TOKEN, 1L)),
        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
  }

  private void lost() {
    if (token >= 0) {
      log.warn("{} lost lease {} (token {})", holder, name, token);
    }
    token = -1;
  }
}
