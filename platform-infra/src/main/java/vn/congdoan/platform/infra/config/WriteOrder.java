package vn.congdoan.platform.infra.config;

import com.mongodb.client.MongoCollection;

/**
 * Writes that need not each wait for their own trip to the journal: they are answered once applied
 * ({@code j: false}; the majority is still waited for). Two kinds qualify.
 *
 * <p>Writes a journaled write always follows before anyone is answered — a command's outbox
 * entries, a member id's claim, a member's key before its event append; reporting's audit trail
 * before the batch's projection writes. A journal keeps writes in the order they were applied
 * (MongoDB's journal and oplog, the embedded store's group commit alike), so once the journaled
 * write is durable everything written before it is too; if the store dies first, nothing was
 * acknowledged. On the embedded store this took three of an admission's four waits for a forced
 * commit off the branch's lock.
 *
 * <p>Writes whose loss only repeats safe work — the relay's removal of published outbox entries and
 * its move of the chain heads: lost in a crash, the entries are published again, which Kafka's
 * at-least-once delivery allows anyway and every consumer absorbs. Under load each relay round
 * waited for two forced commits, and every event waited behind them.
 *
 * <p>A write that stands alone and must stay done (an erasure deleting a key) keeps the journaled
 * concern.
 */
public final class WriteOrder {
  private WriteOrder() {}

  /** The collection, for writes an event append always follows. */
  public static <T> MongoCollection<T> durableWithTheEvents(MongoCollection<T> collection) {
    return answeredOnceApplied(collection);
  }

  /** The collection, for writes whose loss only means doing them again. */
  public static <T> MongoCollection<T> repeatedIfLost(MongoCollection<T> collection) {
    return answeredOnceApplied(collection);
  }

  /** The collection, for writes a journaled write follows (see above). */
  public static <T> MongoCollection<T> answeredOnceApplied(MongoCollection<T> collection) {
    return collection.withWriteConcern(collection.getWriteConcern().withJournal(false));
  }

  /** Whether the collection's writes wait for the journal (the platform's default). */
  public static boolean journaled(MongoCollection<?> collection) {
    return !Boolean.FALSE.equals(collection.getWriteConcern().getJournal());
  }
}
