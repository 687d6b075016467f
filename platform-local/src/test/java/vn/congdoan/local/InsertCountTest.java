package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A batch of inserts with a duplicate counts only what was inserted, on disk and in memory. */
class InsertCountTest {
  @TempDir Path dir;

  private static List<Document> batch() {
    return List.of(
        new Document("_id", "mot"),
        new Document("_id", "da-co"),
        new Document("_id", "hai"),
        new Document("_id", "da-co"),
        new Document("_id", "ba"));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aRefusedInsertIsNotCountedAsInserted(boolean onDisk) {
    try (LocalMongo mongo = LocalMongo.start(onDisk ? dir.resolve("store.mv") : null, 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      MongoCollection<Document> ordered = client.getDatabase("count").getCollection("ordered");
      MongoCollection<Document> unordered = client.getDatabase("count").getCollection("unordered");
      ordered.insertOne(new Document("_id", "da-co"));
      unordered.insertOne(new Document("_id", "da-co"));

      var stopped =
          catchThrowableOfType(MongoBulkWriteException.class, () -> ordered.insertMany(batch()));
      var wentOn =
          catchThrowableOfType(
              MongoBulkWriteException.class,
              () -> unordered.insertMany(batch(), new InsertManyOptions().ordered(false)));

      assertThat(stopped.getWriteResult().getInsertedCount()).isEqualTo(1);
      assertThat(ordered.countDocuments()).isEqualTo(2);
      assertThat(wentOn.getWriteResult().getInsertedCount()).isEqualTo(3);
      assertThat(unordered.countDocuments()).isEqualTo(4);
    }
  }
}
