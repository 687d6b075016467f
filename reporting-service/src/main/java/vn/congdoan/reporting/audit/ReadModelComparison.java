package vn.congdoan.reporting.audit;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.bson.Document;

/**
 * Two read models compared collection by collection, document by document by {@code _id}. Parsed
 * documents are compared as maps, so the order of their keys does not matter; the order within an
 * array does. Each collection is held in memory while it is compared: a read model's collections
 * are summaries, and the largest (the trail) is one small document per event.
 */
public final class ReadModelComparison {
  static final int SHOWN = 10;

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
    Map<Object, Document> rebuiltById = byId(rebuilt, name);
    int liveCount = 0;
    int missing = 0;
    int different = 0;
    List<String> first = new ArrayList<>();
    for (Document doc : live.getCollection(name).find()) {
      liveCount++;
      Object id = doc.get("_id");
      Document other = rebuiltById.remove(id);
      if (other == null) {
        missing++;
        note(first, id);
      } else if (!Objects.equals(doc, other)) {
        different++;
        note(first, id);
      }
    }
    int extra = rebuiltById.size();
    rebuiltById.keySet().forEach(id -> note(first, id));
    int rebuiltCount = liveCount - missing + extra;
    return new CollectionDifference(
        name, liveCount, rebuiltCount, missing, extra, different, List.copyOf(first));
  }

  private static Map<Object, Document> byId(MongoDatabase database, String name) {
    Map<Object, Document> found = new HashMap<>();
    for (Document doc : database.getCollection(name).find()) {
      found.put(doc.get("_id"), doc);
    }
    return found;
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
