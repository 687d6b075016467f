package vn.congdoan.reporting.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import vn.congdoan.platform.api.EventEnvelope;

/**
 * One read-model collection and the events that shape it. A projection only says which writes an
 * event becomes; {@link ProjectionApplier} sends a poll's writes in one bulk write, so every write
 * must be idempotent on its own (see {@link SequencedWrites}).
 */
public interface Projection {
  /** The metric tag, e.g. {@code members}. */
  String name();

  MongoCollection<Document> collection();

  /**
   * Whether the writes must run in arrival order: true where later events of an aggregate update
   * the document an earlier one created.
   */
  boolean ordered();

  Set<Class<?>> eventTypes();

  /** The writes for {@code event}, one of {@link #eventTypes()}, in the order they must run. */
  List<WriteModel<Document>> write(EventEnvelope envelope, Object event);

  /**
   * Whether {@link #write} reads the collection for {@code event}. The applier then first writes
   * what the batch holds before it, so the read sees every earlier event.
   */
  default boolean readsBeforeWriting(Object event) {
    return false;
  }
}
