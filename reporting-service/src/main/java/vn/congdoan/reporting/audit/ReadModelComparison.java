package vn.congdoan.reporting.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;

/**
 * Two read models compared collection by collection, document by document by {@code _id}, byte by
 * byte: documents are read as the BSON the server sends and are equal only when those bytes are, so
 * the order of their keys and the type of each number count as much as the values. That is what
 * "deterministic" promises: the same history gives the same bytes.
 */
public final class ReadModelComparison {
  static final int SHOWN = 10;
  private static final int CHUNK = 500;

  private ReadModelComparison() {}

  /** Every collection either side has. */
  public static Comparison compare(MongoDatabase live, MongoDatabase rebuilt) {
    return compare(live, rebuilt, collectionsOf(live, rebuilt), () -> {});
  }

  /**
   * Kept in the read model's database but built by no event: the answers the idempotency filter
   * keeps for retried requests (starting a replay is one), and the replays themselves, so a rebuild
   * never has them.
   */
  static final Set<String> NOT_FROM_EVENTS = Set.of("idempotency", "replays", "replay_slots");

  /** The collections either side has that events build. */
  static TreeSet<String> collectionsOf(MongoDatabase live, MongoDatabase rebuilt) {
    var names = new TreeSet<String>();
    live.listCollectionNames().into(names);
    rebuilt.listCollectionNames().into(names);
    names.removeIf(name -> name.startsWith("system.") || NOT_FROM_EVENTS.contains(name));
    return names;
  }

  /**
   * The {@code collections} named only; {@code between} runs between chunks, and may throw to stop
   * a comparison no longer wanted.
   */
  public static Comparison compare(
      MongoDatabase live, MongoDatabase rebuilt, Collection<String> collections, Runnable between) {
    return Comparison.of(
        differences(live, rebuilt, collections, between).stream()
            .map(d -> d.resolve(LaterEvents.NONE))
            .toList());
  }

  /** Each collection's differences, not yet told apart (see {@link Differences}). */
  static List<Differences> differences(
      MongoDatabase live, MongoDatabase rebuilt, Collection<String> collections, Runnable between) {
    List<Differences> all = new ArrayList<>();
    for (String name : new TreeSet<>(collections)) {
      all.add(collection(name, live, rebuilt, between));
    }
    return all;
  }

  private static Differences collection(
      String name, MongoDatabase live, MongoDatabase rebuilt, Runnable between) {
    var liveDocs = live.getCollection(name, RawBsonDocument.class);
    var rebuiltDocs = rebuilt.getCollection(name, RawBsonDocument.class);
    var found = new Differences(name, false);
    int[] counts = new int[2]; // live documents, those missing from the rebuilt side
    // chunk by chunk, each live document looked up on the other side by _id: memory stays one
    // chunk however large the collection (the trail holds one document per event)
    inChunks(
        liveDocs,
        between,
        chunk ->
            matchAgainst(
                chunk,
                rebuiltDocs,
                (id, other, doc) -> {
                  counts[0]++;
                  if (other == null) {
                    counts[1]++;
                    found.add(Differences.Kind.MISSING, id, doc);
                  } else if (!sameBytes(doc, other)) {
                    found.add(Differences.Kind.DIFFERENT, id, doc);
                  }
                }));
    long rebuiltCount = rebuiltDocs.countDocuments();
    if (rebuiltCount > counts[0] - counts[1]) {
      inChunks(
          rebuiltDocs,
          between,
          chunk ->
              matchAgainst(
                  chunk,
                  liveDocs,
                  (id, other, doc) -> {
                    if (other == null) {
                      found.add(Differences.Kind.EXTRA, id, doc);
                    }
                  }));
    }
    return found.counted(counts[0], (int) rebuiltCount);
  }

  /** The documents' whole encodings, from the length prefix to the final zero. */
  static boolean sameBytes(RawBsonDocument a, RawBsonDocument b) {
    return a.getByteBuffer().asNIO().equals(b.getByteBuffer().asNIO());
  }

  private interface Match {
    void of(BsonValue id, RawBsonDocument other, RawBsonDocument doc);
  }

  private static void inChunks(
      MongoCollection<RawBsonDocument> collection,
      Runnable between,
      Consumer<List<RawBsonDocument>> each) {
    List<RawBsonDocument> chunk = new ArrayList<>(CHUNK);
    for (RawBsonDocument doc : collection.find().batchSize(CHUNK)) {
      chunk.add(doc);
      if (chunk.size() == CHUNK) {
        each.accept(chunk);
        chunk.clear();
        between.run();
      }
    }
    if (!chunk.isEmpty()) {
      each.accept(chunk);
    }
  }

  private static void matchAgainst(
      List<RawBsonDocument> chunk, MongoCollection<RawBsonDocument> other, Match match) {
    Map<BsonValue, RawBsonDocument> found = new HashMap<>();
    List<BsonValue> ids = chunk.stream().map(d -> d.get("_id")).toList();
    other.find(Filters.in("_id", ids)).forEach(d -> found.put(d.get("_id"), d));
    chunk.forEach(d -> match.of(d.get("_id"), found.get(d.get("_id")), d));
  }

  static void note(List<String> first, BsonValue id) {
    if (first.size() < SHOWN) {
      first.add(shown(id));
    }
  }

  static String shown(BsonValue id) {
    if (id.isString()) {
      return id.asString().getValue();
    }
    if (id.isDocument()) {
      return id.asDocument().toJson();
    }
    // a number or an ObjectId, as JSON: {"_id": 5} shows 5
    String json = new BsonDocument("_id", id).toJson();
    return json.substring(json.indexOf(':') + 1, json.length() - 1).trim();
  }

  /** Whether the rebuilt read model is the live one, and where it is not. */
  public record Comparison(boolean equal, List<CollectionDifference> collections) {
    static Comparison of(List<CollectionDifference> collections) {
      return new Comparison(
          collections.stream().allMatch(CollectionDifference::equal), collections);
    }
  }

  /**
   * One collection's counts; {@code firstDifferences} are the ids of the first few differences;
   * {@code later}: documents that differ because events recorded after the replay began touched
   * them (the live model applied them, the replay did not read them), not compared.
   */
  public record CollectionDifference(
      String name,
      int live,
      int rebuilt,
      int missing,
      int extra,
      int different,
      List<String> firstDifferences,
      int later) {
    boolean equal() {
      return missing == 0 && extra == 0 && different == 0;
    }
  }
}
