package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole collection read through the driver in batches from the store on disk: every document
 * once, whether written before the read or during it ahead of its position.
 */
class KeyRangeCursorTest {
  @TempDir Path dir;

  @Test
  void aCollectionReadInBatchesGivesEveryDocumentOnceAndSeesLaterWrites() {
    try (var mongo = LocalMongo.start(dir.resolve("mongo.mv"), 0);
        var client = MongoClients.create(mongo.connectionString())) {
      var events = client.getDatabase("membership").getCollection("domainevents");
      events.insertMany(numbered(0, 2_500));

      List<String> seen = new ArrayList<>();
      try (var read = events.find().batchSize(100).cursor()) {
        while (read.hasNext()) {
          String id = read.next().getString("_id");
          seen.add(id);
          if (seen.size() == 1_000) {
            // behind the cursor and ahead of it; a removed one ahead is not seen
            events.insertOne(new Document("_id", "e00000-early").append("n", -1));
            events.insertOne(new Document("_id", "e99999-late").append("n", 99_999));
            events.deleteOne(Filters.eq("_id", id(2_000)));
          }
        }
      }
      assertThat(seen).doesNotHaveDuplicates().hasSize(2_500).contains("e99999-late");
      assertThat(seen).doesNotContain("e00000-early", id(2_000));
      assertThat(seen).isSorted();
    }
  }

  @Test
  void aFilterAndALimitAreHonouredAndOtherReadsAreAnsweredAsBefore() {
    try (var mongo = LocalMongo.start(dir.resolve("mongo.mv"), 0);
        var client = MongoClients.create(mongo.connectionString())) {
      var events = client.getDatabase("membership").getCollection("domainevents");
      events.insertMany(numbered(0, 1_000));

      assertThat(count(events.find(Filters.mod("n", 3, 0)).batchSize(50))).isEqualTo(334);
      assertThat(count(events.find(Filters.gte("n", 990)).batchSize(4))).isEqualTo(10);
      assertThat(count(events.find().batchSize(7).limit(30))).isEqualTo(30);
      assertThat(count(events.find().batchSize(10).limit(10))).isEqualTo(10);
      assertThat(count(events.find(Filters.eq("n", -5)).batchSize(10))).isZero();
      // sorted, skipped or without a batch size: mongo-java-server's own answer
      assertThat(events.find().sort(Sorts.descending("n")).batchSize(10).first().get("n"))
          .isEqualTo(999);
      assertThat(count(events.find().skip(990).batchSize(3))).isEqualTo(10);
      assertThat(count(events.find())).isEqualTo(1_000);
    }
  }

  @Test
  void aBatchEndsAtSixteenMebibytesAsMongoDbsDo() {
    try (var mongo = LocalMongo.start(dir.resolve("mongo.mv"), 0);
        var client = MongoClients.create(mongo.connectionString())) {
      var events = client.getDatabase("welfare").getCollection("domainevents");
      String large = "x".repeat(900_000);
      for (int i = 0; i < 60; i++) {
        events.insertOne(new Document("_id", id(i)).append("payload", large));
      }
      // 54 MB in one reply would be more than the driver takes (48 MB)
      assertThat(count(events.find().batchSize(100))).isEqualTo(60);
    }
  }

  private static int count(Iterable<Document> documents) {
    int n = 0;
    for (Document ignored : documents) {
      n++;
    }
    return n;
  }

  private static List<Document> numbered(int from, int to) {
    return IntStream.range(from, to)
        .mapToObj(i -> new Document("_id", id(i)).append("n", i))
        .toList();
  }

  private static String id(int i) {
    return "e%05d".formatted(i);
  }
}
