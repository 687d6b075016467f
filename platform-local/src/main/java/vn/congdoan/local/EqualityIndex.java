package vn.congdoan.local;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
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
final class EqualityIndex<P> extends FieldEqualityIndex<P> {
  private final Map<String, Set<Object>> idsByValue = new ConcurrentHashMap<>();
  private final Map<Object, P> positionsById = new ConcurrentHashMap<>();

  EqualityIndex(String name, List<IndexKey> keys, boolean sparse) {
    super(name, keys, sparse);
  }

  private List<String> values(Document document) {
    return keysOf(document, field);
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
  public long getCount() {
    return positionsById.size();
  }

  @Override
  public void drop() {
    idsByValue.clear();
    positionsById.clear();
  }
}
