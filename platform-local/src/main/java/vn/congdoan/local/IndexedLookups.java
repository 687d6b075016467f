package vn.congdoan.local;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * mongo-java-server uses an index only when a query names exactly that index's fields, so {@code
 * {_id: x, seq: {$lt: n}}} — the sequence guard every projection writes with — scans the whole
 * collection (7 ms per write at 20,000 documents, growing). Real MongoDB narrows by {@code _id}
 * first; this does the same: the positions of the first field an index can serve alone, which the
 * caller then matches against the whole query.
 */
final class IndexedLookups {
  private IndexedLookups() {}

  /** Each field condition of the query alone, those inside a top-level {@code $and} included. */
  private static List<Document> conditions(Document query) {
    List<Document> found = new ArrayList<>();
    for (String key : query.keySet()) {
      if (key.equals("$and") && query.get(key) instanceof List<?> parts) {
        // The Java driver writes Filters.and(...) as {$and: [...]}.
        parts.stream()
            .filter(Document.class::isInstance)
            .map(Document.class::cast)
            .forEach(part -> found.addAll(conditions(part)));
      } else if (!key.startsWith("$")) {
        found.add(new Document(key, query.get(key)));
      }
    }
    return found;
  }

  /** Positions narrowed by one field of {@code query}, or null when no index helps. */
  static <P> Iterable<P> narrow(List<Index<P>> indexes, Document query) {
    for (Index<P> index : indexes) {
      if (index.canHandle(query)) {
        return null; // the server's own path serves it
      }
    }
    for (Document single : conditions(query)) {
      for (Index<P> index : indexes) {
        if (index.canHandle(single)) {
          return index.getPositions(single);
        }
      }
    }
    return null;
  }
}
