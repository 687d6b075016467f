package vn.congdoan.reporting.projection;

import com.mongodb.client.MongoCollection;
import java.util.Set;
import org.bson.Document;

/**
 * What a projection of one collection says the same way as every other: its name (the metric tag),
 * its collection, whether its writes keep their arrival order, and the event types it takes. A
 * subclass says only what each event becomes ({@link #write}).
 */
public abstract class CollectionProjection implements Projection {
  private final String name;
  private final MongoCollection<Document> collection;
  private final boolean ordered;
  private final Set<Class<?>> eventTypes;

  /** {@code ordered}: whether a later event updates a document an earlier one created. */
  protected CollectionProjection(
      String name, MongoCollection<Document> collection, boolean ordered, Class<?>... eventTypes) {
    this.name = name;
    this.collection = collection;
    this.ordered = ordered;
    this.eventTypes = Set.of(eventTypes);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final MongoCollection<Document> collection() {
    return collection;
  }

  @Override
  public final boolean ordered() {
    return ordered;
  }

  @Override
  public final Set<Class<?>> eventTypes() {
    return eventTypes;
  }
}
