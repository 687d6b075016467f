package vn.congdoan.local;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * {@link EqualityIndex} for the store on disk, kept in an H2 map beside the documents: one entry
 * per (value, document), {@code "value\0id"} → the document's id, which is also its position in H2.
 * Held in memory, the index of a province's history (millions of trail entries, four indexes on
 * them) would outgrow the store's heap, and its young collections slowed every write once a
 * province was loaded. Committed with the documents in one H2 version, so the two never disagree
 * after a crash, and not rebuilt on start unless it is empty.
 */
final class StoredEqualityIndex extends FieldEqualityIndex<Object> {
  private static final char SEPARATOR = '\0';

  private final MVStore store;
  private final MVMap<String, Object> entries;

  StoredEqualityIndex(
      String name, List<IndexKey> keys, boolean sparse, MVStore store, MVMap<String, Object> map) {
    super(name, keys, sparse);
    this.store = store;
    this.entries = map;
  }

  /**
   * The documents filed under the value; a value holding the separator may bring others too, which
   * the caller's match of the whole query leaves out.
   */
  @Override
  public Iterable<Object> getPositions(Document query) {
    Set<Object> positions = new LinkedHashSet<>();
    for (String asked : keysAsked(query, field)) {
      String prefix = asked + SEPARATOR;
      var cursor = entries.cursor(prefix);
      while (cursor.hasNext()) {
        String key = cursor.next();
        if (!key.startsWith(prefix)) {
          break;
        }
        positions.add(cursor.getValue());
      }
    }
    return positions;
  }

  @Override
  public void add(Document document, Object position, MongoCollection<Object> collection) {
    for (String value : keysOf(document, field)) {
      entries.put(key(value, position), position);
    }
  }

  /** The position of what is removed: in H2 the document's id. */
  @Override
  public Object remove(Document document) {
    Object id = document.get("_id");
    for (String value : keysOf(document, field)) {
      entries.remove(key(value, id));
    }
    return id;
  }

  @Override
  public void updateInPlace(
      Document oldDocument, Document newDocument, Object position, MongoCollection<Object> c) {
    for (String value : keysOf(oldDocument, field)) {
      entries.remove(key(value, position));
    }
    add(newDocument, position, c);
  }

  /** Unique per document within one value: a text id as it is, any other by its BSON value. */
  private static String key(String value, Object id) {
    String identity = id instanceof String text ? "s" + text : "o" + id;
    return value + SEPARATOR + identity;
  }

  @Override
  public long getCount() {
    return entries.sizeAsLong();
  }

  @Override
  public void drop() {
    if (!entries.isClosed()) { // a dropped database took its maps already
      store.removeMap(entries);
    }
  }
}
