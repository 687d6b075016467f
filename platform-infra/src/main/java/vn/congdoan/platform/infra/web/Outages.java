package vn.congdoan.platform.infra.web;

import com.mongodb.DuplicateKeyException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import java.util.Optional;
import org.apache.kafka.common.errors.RetriableException;
import vn.congdoan.platform.api.Refusal;

/**
 * Tells a failure of ours from a store or broker that did not answer, wherever in the causes it
 * hides. Axon reports a timed-out append of a stream's first event as "Cannot reuse aggregate
 * identifier" (an {@code EventStoreException} whose cause is the driver's timeout): that is not a
 * duplicate, and the client may retry it. A real duplicate key anywhere in the chain stays a
 * conflict, even when a timeout came before it.
 */
public final class Outages {
  static final String DATABASE = "The database";
  static final String BROKER = "The message broker";

  /** Causes nested deeper than this are not ours to read (and a cycle ends here). */
  private static final int DEPTH = 16;

  private Outages() {}

  /** What did not answer ({@link #DATABASE}, {@link #BROKER}); empty for any other failure. */
  public static Optional<String> of(Throwable failure) {
    String silent = null;
    Throwable t = failure;
    for (int depth = 0; t != null && depth < DEPTH; depth++, t = t.getCause()) {
      if (isDuplicateKey(t)) {
        return Optional.empty();
      }
      if (silent == null) {
        silent = silent(t);
      }
    }
    return Optional.ofNullable(silent);
  }

  /** {@code what} did not answer, for people: the database or the message broker. */
  static Refusal named(String what) {
    return DATABASE.equals(what)
        ? Refusal.of("platform.outage.database")
        : Refusal.of("platform.outage.broker");
  }

  private static String silent(Throwable t) {
    if (t instanceof MongoTimeoutException
        || t instanceof MongoOperationTimeoutException
        || t instanceof MongoSocketException
        || t instanceof MongoExecutionTimeoutException
        || t instanceof MongoServerUnavailableException
        || t instanceof MongoConnectionPoolClearedException
        // A replica set electing a new primary: answers again in seconds.
        || t instanceof MongoNotPrimaryException
        || t instanceof MongoNodeIsRecoveringException
        || (t instanceof MongoException m
            && m.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL))) {
      return DATABASE;
    }
    // Kafka's own word for "try again": timeouts, no leader, not enough replicas.
    if (t instanceof RetriableException) {
      return BROKER;
    }
    return null;
  }

  private static boolean isDuplicateKey(Throwable t) {
    return t instanceof DuplicateKeyException
        || (t instanceof MongoWriteException w
            && w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY)
        || (t instanceof MongoBulkWriteException b
            && b.getWriteErrors().stream()
                .anyMatch(
                    e -> ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY));
  }
}
