package vn.congdoan.reporting.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.WriteModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import vn.congdoan.platform.api.EventEnvelope;

/**
 * A collection of one kind of thing a branch records (activities, awards, ratings, ...), written by
 * what is registered for each event type: such collections differ only in their writes.
 */
final class RecordProjection implements Projection {
  /** The writes one event becomes, given its sequence in the branch's stream. */
  @FunctionalInterface
  interface Writes<E> {
    List<WriteModel<Document>> of(long seq, E event);
  }

  private final String name;
  private final MongoCollection<Document> collection;
  private final boolean ordered;
  private final Map<Class<?>, Writes<Object>> writes = new LinkedHashMap<>();

  /** {@code ordered}: whether an event updates a document an earlier one created. */
  RecordProjection(String name, MongoCollection<Document> collection, boolean ordered) {
    this.name = name;
    this.collection = collection;
    this.ordered = ordered;
  }

  <E> RecordProjection on(Class<E> type, Writes<E> writesOf) {
    writes.put(type, (seq, event) -> writesOf.of(seq, type.cast(event)));
    return this;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public MongoCollection<Document> collection() {
    return collection;
  }

  @Override
  public boolean ordered() {
    return ordered;
  }

  @Override
  public Set<Class<?>> eventTypes() {
    return Set.copyOf(writes.keySet());
  }

  @Override
  public List<WriteModel<Document>> write(EventEnvelope envelope, Object event) {
    return writes.get(event.getClass()).of(envelope.sequence(), event);
  }
}
