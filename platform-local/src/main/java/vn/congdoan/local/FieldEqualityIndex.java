package vn.congdoan.local;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What our two non-unique indexes share ({@link EqualityIndex} in memory, {@link
 * StoredEqualityIndex} on disk): equality on the index's first field, with text, null or {@code
 * $in} of them, the caller matching the rest of the query; never the one position of a key.
 */
abstract class FieldEqualityIndex<P> extends Index<P> {
  /** Where documents without a value in the field are filed. */
  static final String NONE = "\0none";

  protected final String field;

  FieldEqualityIndex(String name, List<IndexKey> keys, boolean sparse) {
    super(name, keys, sparse);
    this.field = keys.get(0).getKey();
  }

  /** Only a top-level field: a dotted path would need the server's own path resolution. */
  static boolean serves(List<IndexKey> keys) {
    return !keys.isEmpty() && !keys.get(0).getKey().contains(".");
  }

  /**
   * The keys an equality index files a document by: the text values it holds in {@code field}, and
   * {@link #NONE} when it holds none there (null, missing, or null in an array), which {@code
   * {field: null}} matches.
   */
  static List<String> keysOf(Document document, String field) {
    Object value = document.get(field);
    List<String> keys = new ArrayList<>();
    if (value == null) {
      keys.add(NONE);
    } else if (value instanceof String text) {
      keys.add(text);
    } else if (value instanceof Collection<?> many) {
      // {field: "x"} matches an array that holds "x"
      many.stream().filter(String.class::isInstance).map(String.class::cast).forEach(keys::add);
      if (many.stream().anyMatch(java.util.Objects::isNull)) { // List.of refuses contains(null)
        keys.add(NONE);
      }
    }
    return keys;
  }

  /**
   * The keys a query asks for, if it is on {@code field} alone: equality with text or null, or
   * {@code $in} of them (an outbox's "these aggregates' entries"); null for any other query.
   */
  static List<String> keysAsked(Document query, String field) {
    if (query.size() != 1 || !query.containsKey(field)) {
      return null;
    }
    Object value = query.get(field);
    if (value instanceof Document condition
        && condition.size() == 1
        && condition.get("$in") instanceof Collection<?> any) {
      List<String> keys = new ArrayList<>();
      for (Object one : any) {
        String key = keyOf(one);
        if (key == null) {
          return null;
        }
        keys.add(key);
      }
      return keys;
    }
    String key = keyOf(value);
    return key == null ? null : List.of(key);
  }

  private static String keyOf(Object value) {
    if (value == null) {
      return NONE;
    }
    return value instanceof String text ? text : null;
  }

  @Override
  public boolean canHandle(Document query) {
    return keysAsked(query, field) != null;
  }

  @Override
  public P getPosition(Document document) {
    return null; // not unique: never the one position of a key
  }

  @Override
  public void checkAdd(Document document, MongoCollection<P> collection) {}

  @Override
  public void checkUpdate(
      Document oldDocument, Document newDocument, MongoCollection<P> collection) {}

  @Override
  public long getDataSize() {
    return getCount();
  }
}
