package vn.congdoan.platform.infra.outbox;

import com.mongodb.client.MongoCollection;
import java.util.List;
import org.bson.Document;

/**
 * What the event pipeline tells whoever vouches for the stored events (the hash chain): an append
 * before it is written, an event an aggregate load read, events Kafka acknowledged. The outbox
 * calls it and knows nothing of what it does; the chain depends on the outbox, never the other way.
 */
public interface OutboxHook {
  /**
   * The documents of an append, before any is written: fields may be added to them, and throwing
   * refuses the whole append.
   */
  default void appending(MongoCollection<Document> events, List<Document> documents) {}

  /** A stored event an aggregate load has read, in the unit of work that read it. */
  default void read(Document event) {}

  /** Stored events Kafka acknowledged, before their outbox entries are removed. */
  default void published(List<Document> events) {}

  /**
   * What is kept with a parked entry to tell later that its event, off Kafka meanwhile, is
   * unchanged; null for none.
   */
  default String fingerprint(Document event) {
    return null;
  }
}
