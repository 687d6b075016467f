package vn.congdoan.platform.infra.config;

import com.mongodb.client.MongoCollection;

/**
 * Writes a command makes only on the way to appending its events — the outbox entries, a member
 * id's claim, a member's key — are answered once applied ({@code j: false}) instead of each waiting
 * for its own trip to the journal. The event append that follows is journaled, and a journal keeps
 * writes in the order they were applied (MongoDB's journal and oplog, the embedded store's group
 * commit alike), so once the events are durable everything written before them is too; if the
 * command fails or the store dies first, nothing was acknowledged. On the embedded store this took
 * three of an admission's four waits for a forced commit off the branch's lock.
 *
 * <p>Only for writes an event append always follows before the caller is answered: a write that
 * stands alone (an erasure deleting a key, the relay removing entries) keeps the journaled concern.
 */
public final class WriteOrder {
  private WriteOrder() {}

  /** The collection, writing without waiting for the journal; the majority is still waited for. */
  public static <T> MongoCollection<T> durableWithTheEvents(MongoCollection<T> collection) {
    return collection.withWriteConcern(collection.getWriteConcern().withJournal(false));
  }
}
