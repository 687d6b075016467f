package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMongoTest {

  private static final String NAME = "Nguyễn Thị Hoà – Tổ công đoàn số 1";

  @TempDir Path dir;

  @Test
  void aDocumentInTheH2FileSurvivesARestartWithItsVietnameseTextIntact() {
    Path file = dir.resolve("mongo").resolve("store.mv");
    try (LocalMongo mongo = LocalMongo.start(file, 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      assertThat(mongo.connectionString()).startsWith("mongodb://127.0.0.1:");
      members(client).insertOne(new Document("_id", "m-1").append("name", NAME));
    }

    try (LocalMongo mongo = LocalMongo.start(file, 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      Document found = members(client).find(new Document("_id", "m-1")).first();
      assertThat(found).isNotNull();
      assertThat(found.getString("name")).isEqualTo(NAME);
    }
  }

  @Test
  void onlyAWriteThatAskedNotToWaitForTheJournalIsAnsweredBeforeItIsOnDisk() {
    var unjournaled = new de.bwaldvogel.mongo.bson.Document("j", false).append("w", 1);
    var journaled = new de.bwaldvogel.mongo.bson.Document("j", true).append("w", "majority");

    assertThat(IndexedBackends.answeredOnDisk("update", command(unjournaled))).isFalse();
    assertThat(IndexedBackends.answeredOnDisk("insert", command(journaled))).isTrue();
    assertThat(IndexedBackends.answeredOnDisk("insert", command(null))).isTrue();
    assertThat(IndexedBackends.answeredOnDisk("find", command(null))).isFalse();
  }

  @Test
  void aWriteThatDoesNotWaitForTheJournalIsReadBackAndKeptOverAClose() {
    Path file = dir.resolve("mongo").resolve("store.mv");
    try (LocalMongo mongo = LocalMongo.start(file, 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      var scratch = members(client).withWriteConcern(WriteConcern.W1.withJournal(false));
      scratch.insertOne(new Document("_id", "m-1").append("name", NAME));
      assertThat(scratch.find(new Document("_id", "m-1")).first()).isNotNull();
    }
    try (LocalMongo mongo = LocalMongo.start(file, 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      assertThat(members(client).countDocuments()).isEqualTo(1);
    }
  }

  private static de.bwaldvogel.mongo.bson.Document command(
      de.bwaldvogel.mongo.bson.Document writeConcern) {
    var command = new de.bwaldvogel.mongo.bson.Document("insert", "members");
    return writeConcern == null ? command : command.append("writeConcern", writeConcern);
  }

  @Test
  void theInMemoryServerStartsEmptyEachTime() {
    try (LocalMongo mongo = LocalMongo.start(null, 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      members(client).insertOne(new Document("_id", "m-1"));
    }
    try (LocalMongo mongo = LocalMongo.start(null, 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      assertThat(members(client).countDocuments()).isZero();
    }
  }

  private static MongoCollection<Document> members(MongoClient client) {
    return client.getDatabase("membership").getCollection("members");
  }
}
