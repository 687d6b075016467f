package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents kept as BSON bytes ({@link StoredCollection}) are changed only by writes: updates,
 * replacements and deletes reach the store and survive a restart, and what a read or a
 * find-and-modify handed out is a copy.
 */
class StoredCollectionTest {
  @TempDir Path dir;

  @Test
  void writesOfEveryKindReachTheStoreAndSurviveARestart() {
    Path file = dir.resolve("store.mv");
    try (var mongo = MongoOnFile.start(file)) {
      var members = members(mongo);
      for (int i = 0; i < 50; i++) {
        members.insertOne(
            new Document("_id", "m-" + i).append("tên", "Trần Văn " + i).append("n", i));
      }
      members.updateOne(Filters.eq("_id", "m-1"), Updates.inc("n", 100));
      members.updateMany(Filters.lt("n", 5), Updates.set("nhóm", "đầu"));
      members.replaceOne(Filters.eq("_id", "m-2"), new Document("tên", "Lê Thị Hoà"));
      members.deleteOne(Filters.eq("_id", "m-3"));
      Document before = members.findOneAndUpdate(Filters.eq("_id", "m-4"), Updates.unset("tên"));
      Document after =
          members.findOneAndUpdate(
              Filters.eq("_id", "m-5"),
              Updates.set("n", -5),
              new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
      assertThat(before.getString("tên")).isEqualTo("Trần Văn 4");
      assertThat(after.getInteger("n")).isEqualTo(-5);
      assertThatThrownBy(() -> members.insertOne(new Document("_id", "m-6")))
          .isInstanceOf(MongoWriteException.class)
          .hasMessageContaining("duplicate key");
      assertChanged(members);
    }
    try (var mongo = MongoOnFile.start(file)) {
      assertChanged(members(mongo));
    }
  }

  private static void assertChanged(MongoCollection<Document> members) {
    assertThat(members.countDocuments()).isEqualTo(49);
    assertThat(members.find(Filters.eq("_id", "m-1")).first().getInteger("n")).isEqualTo(101);
    assertThat(members.find(Filters.eq("_id", "m-2")).first())
        .isEqualTo(new Document("_id", "m-2").append("tên", "Lê Thị Hoà"));
    assertThat(members.find(Filters.eq("_id", "m-3")).first()).isNull();
    assertThat(members.find(Filters.eq("_id", "m-4")).first())
        .isEqualTo(new Document("_id", "m-4").append("n", 4).append("nhóm", "đầu"));
    List<Object> marked = new ArrayList<>();
    members.find(Filters.eq("nhóm", "đầu")).forEach(d -> marked.add(d.get("_id")));
    assertThat(marked).containsExactlyInAnyOrder("m-0", "m-4");
    assertThat(members.find(Filters.eq("_id", "m-5")).first().getInteger("n")).isEqualTo(-5);
    List<Object> newestFirst = new ArrayList<>();
    members
        .find()
        .sort(Sorts.descending("$natural"))
        .limit(3)
        .forEach(d -> newestFirst.add(d.get("_id")));
    assertThat(newestFirst).containsExactly("m-9", "m-8", "m-7");
  }

  private static MongoCollection<Document> members(MongoOnFile mongo) {
    return mongo.collection("membership", "members");
  }
}
