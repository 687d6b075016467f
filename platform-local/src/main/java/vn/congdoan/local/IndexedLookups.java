package vn.congdoan.local;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

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

  /** Matches a query against the documents at some positions. */
  interface Matcher<P> {
    QueryResult match(Document query, Iterable<P> positions);
  }

  /**
   * A collection's query: by exactly the ids asked ({@link #byIds}), else narrowed by one field
   * ({@link #narrow}), else the server's own way ({@code scan}).
   */
  static <P> QueryResult query(
      List<Index<P>> indexes, Document query, Matcher<P> match, Supplier<QueryResult> scan) {
    Iterable<P> exactly = byIds(indexes, query);
    if (exactly != null) {
      // every position holds a match: nothing left to match against
      return match.match(new Document(), exactly);
    }
    Iterable<P> positions = narrow(indexes, query);
    return positions == null ? scan.get() : match.match(query, positions);
  }

  /**
   * The positions an index finds for {@code query}, to be matched against the whole query; null
   * when no index helps and every document must be looked at.
   */
  static <P> Iterable<P> positions(List<Index<P>> indexes, Document query) {
    Iterable<P> exactly = byIds(indexes, query);
    if (exactly != null) {
      return exactly;
    }
    for (Index<P> index : indexes) {
      if (index.canHandle(query)) {
        return index.getPositions(query);
      }
    }
    return narrow(indexes, query);
  }

  /**
   * For a query that is only {@code {_id: {$in: [...]}}} (a chain verification's or a replay
   * comparison's look-up of hundreds of documents by id), the positions of exactly those documents;
   * null for any other query. The server would match each document found against the whole list
   * again, one comparison per id: a chunk of 500 ids cost 250,000 comparisons.
   */
  private static <P> Iterable<P> byIds(List<Index<P>> indexes, Document query) {
    if (query.size() != 1
        || !(query.get("_id") instanceof Document condition)
        || condition.size() != 1
        || !(condition.get("$in") instanceof Collection<?> ids)
        || !ids.stream().allMatch(String.class::isInstance)) {
      return null; // text ids only: a regular expression in $in matches by pattern, not by key
    }
    for (Index<P> index : indexes) {
      if (index instanceof AbstractUniqueIndex<P>
          && index.getKeys().size() == 1
          && index.getKeys().get(0).getKey().equals("_id")
          && index.canHandle(query)) {
        return index.getPositions(query);
      }
    }
    return null;
  }

  /**
   * Positions narrowed by one field of {@code query}, or by every alternative of a top-level {@code
   * $or} each narrowed so (a point-in-time reading's "the branch's events, or those of no branch");
   * null when no index helps.
   */
  private static <P> Iterable<P> narrow(List<Index<P>> indexes, Document query) {
    for (Index<P> index : indexes) {
      if (index.canHandle(query)) {
        return null; // the server's own path serves it
      }
    }
    Iterable<P> positions = byOneField(indexes, query);
    if (positions != null) {
      return positions;
    }
    for (List<Document> alternatives : alternatives(query)) {
      Iterable<P> union = union(indexes, alternatives);
      if (union != null) {
        return union;
      }
    }
    return null;
  }

  /** The positions of every alternative, each narrowed by one field; null if one cannot be. */
  private static <P> Iterable<P> union(List<Index<P>> indexes, List<Document> alternatives) {
    Set<P> union = new LinkedHashSet<>();
    for (Document alternative : alternatives) {
      Iterable<P> some = byOneField(indexes, alternative);
      if (some == null) {
        return null;
      }
      some.forEach(union::add);
    }
    return union;
  }

  private static <P> Iterable<P> byOneField(List<Index<P>> indexes, Document query) {
    for (Document single : conditions(query)) {
      for (Index<P> index : indexes) {
        if (index.canHandle(single)) {
          return index.getPositions(single);
        }
      }
    }
    return null;
  }

  /** The alternatives of each {@code $or} at the top of the query or of its {@code $and}. */
  private static List<List<Document>> alternatives(Document query) {
    List<List<Document>> found = new ArrayList<>();
    for (String key : query.keySet()) {
      if (key.equals("$or") && query.get(key) instanceof List<?> any) {
        List<Document> each =
            any.stream().filter(Document.class::isInstance).map(Document.class::cast).toList();
        if (each.size() == any.size()) {
          found.add(each);
        }
      } else if (key.equals("$and") && query.get(key) instanceof List<?> parts) {
        parts.stream()
            .filter(Document.class::isInstance)
            .map(Document.class::cast)
            .forEach(part -> found.addAll(alternatives(part)));
      }
    }
    return found;
  }
}
