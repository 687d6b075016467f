package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A non-unique index of the store on disk is kept on disk: trusted when the store was closed, and
 * built again from the documents when the run before died, since H2 may then hold a write half
 * done.
 */
class StoredEqualityIndexTest {
  @TempDir Path dir;

  @Test
  void anIndexLeftHalfWrittenByACrashIsBuiltAgainFromTheDocuments() {
    Path file = dir.resolve("mongo.mv");
    try (var mongo = MongoOnFile.start(file)) {
      var segments = mongo.collection("reporting", "member_segments");
      segments.createIndex(Indexes.ascending("branchId", "memberId"));
      List<Document> many = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        many.add(new Document("_id", "s" + i).append("branchId", "cd-" + i % 5));
      }
      segments.insertMany(many);
    }
    assertThat(entries(file)).as("kept on disk").isEqualTo(50);

    // what a kill can leave: a document whose index entry was not yet written, the store open
    try (MVStore store = MVStore.open(file.toString())) {
      store.getMapNames().stream()
          .filter(name -> name.contains("._equality_"))
          .forEach(name -> store.openMap(name).remove("cd-3\0ss13"));
      store.openMap("congdoan.format").put("running", "yes");
      store.commit();
    }

    try (var mongo = MongoOnFile.start(file)) {
      var segments = mongo.collection("reporting", "member_segments");
      assertThat(segments.countDocuments(Filters.eq("branchId", "cd-3"))).isEqualTo(10);
      segments.createIndex(Indexes.ascending("branchId", "memberId")); // as every service start
      assertThat(segments.countDocuments(Filters.eq("branchId", "cd-3"))).isEqualTo(10);
    }
    assertThat(entries(file)).isEqualTo(50);
  }

  @Test
  void aDroppedDatabaseTakesItsIndexWith() {
    Path file = dir.resolve("mongo.mv");
    try (var mongo = MongoOnFile.start(file)) {
      var client = mongo.client();
      var scratch = client.getDatabase("reporting-replay-1").getCollection("activities");
      scratch.createIndex(Indexes.ascending("branchId", "heldOn"));
      scratch.insertOne(new Document("_id", "a1").append("branchId", "cd-1"));
      client.getDatabase("reporting-replay-1").drop();
      var again = client.getDatabase("reporting-replay-1").getCollection("activities");
      again.createIndex(Indexes.ascending("branchId", "heldOn"));
      assertThat(again.countDocuments(Filters.eq("branchId", "cd-1"))).isZero();
    }
    assertThat(entries(file)).isZero();
  }

  private static long entries(Path file) {
    try (MVStore store = MVStore.open(file.toString())) {
      return store.getMapNames().stream()
          .filter(name -> name.contains("._equality_"))
          .mapToLong(name -> store.openMap(name).sizeAsLong())
          .sum();
    }
  }
}
