package vn.congdoan.reporting.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * Two read models compared collection by collection, document by document by {@code _id}. Parsed
 * documents are compared as maps, so the order of their keys does not matter; the order within an
 * array does.
 */
public final class ReadModelComparison {
  static final int SHOWN = 10;
  private static final int CHUNK = 500;

  private ReadModelComparison() {}

  public static Comparison compare(MongoDatabase live, MongoDatabase rebuilt) {
    var names = new TreeSet<String>();
    live.listCollectionNames().into(names);
    rebuilt.listCollectionNames().into(names);
    names.removeIf(name -> name.startsWith("system."));
    List<CollectionDifference> collections = new ArrayList<>();
    for (String name : names) {
      collections.add(collection(name, live, rebuilt));
    }
    return new Comparison(collections.stream().allMatch(CollectionDifference::equal), collections);
  }

  private static CollectionDifference collection(
      String name, MongoDatabase live, MongoDatabase rebuilt) {
    var counts = new Counts();
    List<String> first = new ArrayList<>();
    // chunk by chunk, each live document looked up on the other side by _id: memory stays one
    // chunk however large the collection (the trail holds one document per event)
    inChunks(
        live.getCollection(name),
        chunk ->
            matchAgainst(
                chunk,
                rebuilt.getCollection(name),
                (id, other, doc) -> {
                  counts.live++;
                  if (other == null) {
                    counts.missing++;
                    note(first, id);
                  } else if (!Objects.equals(doc, other)) {
                    counts.different++;
                    note(first, id);
                  }
                }));
    long rebuiltCount = rebuilt.getCollection(name).countDocuments();
    int extra = (int) (rebuiltCount - (counts.live - counts.missing));
    if (extra > 0) {
      inChunks(
          rebuilt.getCollection(name),
          chunk ->
              matchAgainst(
                  chunk,
                  live.getCollection(name),
                  (id, other, doc) -> {
                    if (other == null) {
                      note(first, id);
                    }
                  }));
    }
    return new CollectionDifference(
        name,
        counts.live,
        (int) rebuiltCount,
        counts.missing,
        extra,
        counts.different,
        List.copyOf(first));
  }

  private static final class Counts {
    int live;
    int missing;
    int different;
  }

  private interface Match {
    void of(Object id, Document other, Document doc);
  }

  private static void inChunks(
      MongoCollection<Document> collection, Consumer<List<Document>> each) {
    List<Document> chunk = new ArrayList<>(CHUNK);
    for (Document doc : collection.find().batchSize(CHUNK)) {
      chunk.add(doc);
      if (chunk.size() == CHUNK) {
        each.accept(chunk);
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) {
      each.accept(chunk);
    }
  }

  private static void matchAgainst(
      List<Document> chunk, MongoCollection<Document> other, Match match) {
    Map<Object, Document> found = new HashMap<>();
    List<Object> ids = chunk.stream().map(d -> d.get("_id")).toList();
    other.find(Filters.in("_id", ids)).forEach(d -> found.put(d.get("_id"), d));
    chunk.forEach(d -> match.of(d.get("_id"), found.get(d.get("_id")), d));
  }

  private static void note(List<String> first, Object id) {
    if (first.size() < SHOWN) {
      first.add(id instanceof Document d ? d.toJson() : String.valueOf(id));
    }
  }

  /** Whether the rebuilt read model is the live one, and where it is not. */
  public record Comparison(boolean equal, List<CollectionDifference> collections) {}

  /** One collection's counts; {@code firstDifferences} are the ids of the first few differences. */
  public record CollectionDifference(
      String name,
      int live,
      int rebuilt,
      int missing,
      int extra,
      int different,
      List<String> firstDifferences) {
    boolean equal() {
      return missing == 0 && extra == 0 && different == 0;
    }
  }
}
