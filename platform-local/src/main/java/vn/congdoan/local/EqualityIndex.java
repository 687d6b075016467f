package vn.congdoan.local;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What mongo-java-server makes of a non-unique index is nothing (it scans), so a projection that
 * closes "the member's open segment" by {@code {branchId, memberId, openSeq < n}} scanned every
 * segment of the province for each event: quadratic in the history. This index serves equality on
 * the index's first field when its value is text, the way our ids and branch ids are, and the
 * caller matches the rest of the query against the documents it names. Kept in memory, for the
 * in-memory store; rebuilt from the documents whenever the server opens the collection. The store
 * on disk keeps its own on disk ({@link StoredEqualityIndex}).
 */
final class EqualityIndex<P> extends Index<P> {
  /** Where documents without a value in the field are filed. */
  static final String NONE = "\0none";

  private final String field;
  private final Map<String, Set<Object>> idsByValue = new ConcurrentHashMap<>();
  private final Map<Object, P> positionsById = new ConcurrentHashMap<>();

  EqualityIndex(String name, List<IndexKey> keys, boolean sparse) {
    super(name, keys, sparse);
    this.field = keys.get(0).getKey();
  }

  /** Only a top-level field: a dotted path would need the server's own path resolution. */
  static boolean serves(List<IndexKey> keys) {
    return !keys.isEmpty() && !keys.get(0).getKey().contains(".");
  }

  private List<String> values(Document document) {
    return keysOf(document, field);
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
  public Iterable<P> getPositions(Document query) {
    Set<Object> ids = new LinkedHashSet<>();
    keysAsked(query, field).forEach(key -> ids.addAll(idsByValue.getOrDefault(key, Set.of())));
    List<P> positions = new ArrayList<>(ids.size());
    for (Object id : ids) {
      P position = positionsById.get(id);
      if (position != null) {
        positions.add(position);
      }
    }
    return positions;
  }

  @Override
  public void add(Document document, P position, MongoCollection<P> collection) {
    Object id = document.get("_id");
    if (id == null) {
      return;
    }
    // every document, text or not: the server asks each index for the position of what it removes
    positionsById.put(id, position);
    for (String value : values(document)) {
      idsByValue.computeIfAbsent(value, v -> ConcurrentHashMap.newKeySet()).add(id);
    }
  }

  @Override
  public P remove(Document document) {
    Object id = document.get("_id");
    if (id == null) {
      return null;
    }
    for (String value : values(document)) {
      Set<Object> ids = idsByValue.get(value);
      if (ids != null) {
        ids.remove(id);
        if (ids.isEmpty()) {
          idsByValue.remove(value, ids);
        }
      }
    }
    return positionsById.remove(id);
  }

  @Override
  public void updateInPlace(
      Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
    remove(oldDocument);
    add(newDocument, position, collection);
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
  public long getCount() {
    return positionsById.size();
  }

  @Override
  public long getDataSize() {
    return getCount();
  }

  @Override
  public void drop() {
    idsByValue.clear();
    positionsById.clear();
  }
}
