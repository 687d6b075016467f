package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents and unique keys kept as BSON come back exactly, and an older file is upgraded. */
class StoreFormatTest {
  private static final List<Document> SAMPLES = samples();
  private static final IndexOptions UNIQUE = new IndexOptions().unique(true);
  @TempDir Path dir;

  private static List<Document> samples() {
    List<Document> samples = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      samples.add(
          new Document("_id", i % 3 == 0 ? (Object) new ObjectId() : "doc-" + i)
              .append("aggregateIdentifier", "branch-" + (i % 7))
              .append("sequenceNumber", (long) i)
              .append("name", "Nguyễn Thị Hoà " + i)
              .append("amount", new Decimal128(1_234_567L))
              .append("ratio", i / 7.0)
              .append("when", new Date(1_700_000_000_000L + i))
              .append("flags", List.of(true, false))
              .append("nested", new Document("tổ", "Tổ " + i).append("count", i))
              .append("bytes", new Binary(new byte[] {1, 2, (byte) i}))
              .append("none", null));
    }
    return samples;
  }

  @Test
  void documentsAndUniqueKeysSurviveARestartExactly() {
    Path file = dir.resolve("store.mv");
    try (LocalMongo mongo = LocalMongo.start(file, 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      events(client)
          .createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), UNIQUE);
      events(client).insertMany(SAMPLES.stream().map(Document::new).toList());
    }
    assertHoldsTheSamples(file);
  }

  @Test
  void aStoreWrittenBeforeBsonIsUpgradedAndKeptBeside() throws Exception {
    Path file = dir.resolve("store.mv");
    MongoServer older = new MongoServer(new H2Backend(file.toString()));
    try (MongoClient client = MongoClients.create(older.bindAndGetConnectionString())) {
      events(client)
          .createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), UNIQUE);
      events(client).insertMany(SAMPLES.stream().map(Document::new).toList());
    } finally {
      older.shutdown();
    }

    assertHoldsTheSamples(file);
    assertThat(dir.resolve("store.mv.before-" + StoreFormat.CURRENT)).exists();
    assertThat(StoreFormat.upgrade(file)).as("upgraded once only").isFalse();
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
        .doesNotContain("store.mv.upgrading");
  }

  private static void assertHoldsTheSamples(Path file) {
    try (LocalMongo mongo = LocalMongo.start(file, 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      List<Document> stored = events(client).find().into(new ArrayList<>());
      assertThat(stored).containsExactlyInAnyOrderElementsOf(SAMPLES);
      Document tenth = events(client).find(new Document("_id", "doc-10")).first();
      assertThat(tenth).isEqualTo(SAMPLES.get(10));
      Document duplicate =
          new Document("aggregateIdentifier", "branch-1").append("sequenceNumber", 1L);
      assertThatThrownBy(() -> events(client).insertOne(duplicate))
          .isInstanceOf(MongoWriteException.class)
          .hasMessageContaining("duplicate key");
      assertThat(events(client).countDocuments()).isEqualTo(300);
    }
  }

  private static MongoCollection<Document> events(MongoClient client) {
    return client.getDatabase("membership").getCollection("domainevents");
  }
}
