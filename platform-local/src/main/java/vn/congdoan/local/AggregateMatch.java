package vn.congdoan.local;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * mongo-java-server runs an aggregation over every document of its collection and filters with the
 * pipeline's {@code $match} afterwards; MongoDB reads a leading {@code $match} through an index.
 * Every summary of a branch is such a pipeline ({@code {$match: {branchId, …}}, {$group: …}}), so
 * each read the whole province (a branch summary took 100 ms on 300 branches, and grew with them).
 * While an aggregate command runs, its leading {@code $match} is kept here; when the aggregation
 * then asks its collection for all documents, it gets those the match selects, found the way a find
 * is found ({@link IndexedLookups}). The pipeline's own {@code $match} still filters them.
 */
final class AggregateMatch {
  private record Pending(String collection, Document match) {}

  private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

  private AggregateMatch() {}

  /** Runs a command; if it is an aggregate that starts with a plain {@code $match}, keeps it. */
  static Document around(String database, String command, Document query, Supplier<Document> run) {
    Document match =
        command.toLowerCase(Locale.ROOT).equals("aggregate") ? leadingMatch(query) : null;
    if (match == null) {
      return run.get();
    }
    PENDING.set(new Pending(database + "." + query.get(command), match));
    try {
      return run.get();
    } finally {
      PENDING.remove();
    }
  }

  /**
   * The documents an aggregation over {@code collection} starts from: those its leading match
   * selects, once (a later read of the same collection, by a {@code $lookup}, gets them all).
   */
  static Stream<Document> documents(MongoCollection<?> collection, Supplier<Stream<Document>> all) {
    Pending pending = PENDING.get();
    if (pending == null || !pending.collection().equals(collection.getFullName())) {
      return all.get();
    }
    PENDING.remove();
    if (collection instanceof StoredCollection stored) {
      return stored.streamMatching(pending.match());
    }
    return StreamSupport.stream(collection.handleQuery(pending.match()).spliterator(), false);
  }

  /**
   * Only a match of fields (and {@code $and}) is taken: {@code query}/{@code $query} would be read
   * as a wrapped find, and operators like {@code $expr} are left to the pipeline.
   */
  private static Document leadingMatch(Document query) {
    if (!(query.get("pipeline") instanceof List<?> stages)
        || stages.isEmpty()
        || !(stages.get(0) instanceof Document first)
        || first.size() != 1
        || !(first.get("$match") instanceof Document match)
        || match.isEmpty()) {
      return null;
    }
    for (String key : match.keySet()) {
      if (key.equals("query") || (key.startsWith("$") && !key.equals("$and"))) {
        return null;
      }
    }
    return match;
  }
}
