package vn.congdoan.reporting.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.bson.Document;

/**
 * Which replays run, on any instance: one document naming each running replay's projection, whose
 * version makes a claim fail when another instance claimed meanwhile, so that two instances
 * starting replays at once cannot both pass the one-at-a-time rule.
 */
final class ReplaySlots {
  private static final String RUNNING = "running";
  private static final String VERSION = "version";
  private static final String REPLAYS = "replays";

  private final MongoCollection<Document> slots;

  ReplaySlots(MongoCollection<Document> slots) {
    this.slots = slots;
  }

  /**
   * Claims a slot for replay {@code id} of {@code projection}, or names the running replay (id,
   * projection) it conflicts with.
   */
  Optional<Map.Entry<String, String>> claim(
      String id, String projection, Predicate<String> stillRunning) {
    while (true) {
      Document doc = slots.find(eq("_id", RUNNING)).first();
      Document running = doc == null ? new Document() : doc.get(REPLAYS, new Document());
      var conflict =
          running.entrySet().stream()
              .filter(
                  e ->
                      Replay.ALL.equals(e.getValue())
                          || Replay.ALL.equals(projection)
                          || projection.equals(e.getValue()))
              .findFirst();
      if (conflict.isPresent()) {
        String other = conflict.get().getKey();
        if (stillRunning.test(other)) {
          return Optional.of(Map.entry(other, (String) conflict.get().getValue()));
        }
        release(other); // its instance died before it began, or its end was not recorded
        continue;
      }
      if (doc == null) {
        try {
          slots.insertOne(
              new Document("_id", RUNNING)
                  .append(VERSION, 1L)
                  .append(REPLAYS, new Document(id, projection)));
          return Optional.empty();
        } catch (MongoWriteException e) {
          if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
            throw e;
          }
          continue;
        }
      }
      long version = ((Number) doc.get(VERSION)).longValue();
      var claimed =
          slots.updateOne(
              and(eq("_id", RUNNING), eq(VERSION, version)),
              Updates.combine(
                  Updates.set(REPLAYS + "." + id, projection), Updates.inc(VERSION, 1L)));
      if (claimed.getModifiedCount() == 1) {
        return Optional.empty();
      }
    }
  }

  void release(String id) {
    slots.updateOne(
        eq("_id", RUNNING),
        Updates.combine(Updates.unset(REPLAYS + "." + id), Updates.inc(VERSION, 1L)));
  }
}
