package vn.congdoan.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.reporting.query.InMemoryMongo;

class BulkWriterTest {
  private InMemoryMongo mongo;
  private MongoCollection<Document> entries;

  @BeforeEach
  void start() {
    mongo = new InMemoryMongo();
    entries = mongo.database("reporting").getCollection("finance_entries");
    entries.insertOne(new Document("_id", "da-co").append("name", "Quỹ hỗ trợ đoàn viên"));
  }

  @AfterEach
  void stop() {
    mongo.close();
  }

  private static WriteModel<Document> insert(String id) {
    return new InsertOneModel<>(new Document("_id", id));
  }

  @Test
  void anOrderedBatchGoesOnAfterADuplicateKeyAndCountsIt() {
    var outcome =
        BulkWriter.write(entries, List.of(insert("mot"), insert("da-co"), insert("hai")), true);

    assertThat(outcome).isEqualTo(new BulkWriter.Outcome(2, 1));
    assertThat(ids()).containsExactly("da-co", "hai", "mot");
  }

  @Test
  void anUnorderedBatchKeepsEveryWriteThatIsNotADuplicate() {
    var outcome =
        BulkWriter.write(
            entries, List.of(insert("da-co"), insert("ba"), insert("da-co"), insert("bon")), false);

    assertThat(outcome).isEqualTo(new BulkWriter.Outcome(2, 2));
    assertThat(ids()).containsExactly("ba", "bon", "da-co");
  }

  /** mongo-java-server counts a failed insert as inserted: the count must not come from there. */
  @Test
  void anUpdateThatChangedNothingBeforeADuplicateInsertIsCountedAsAppliedBefore() {
    List<WriteModel<Document>> writes =
        List.of(
            insert("mot"),
            new UpdateOneModel<>(Filters.eq("_id", "da-co"), Updates.set("name", "Quỹ mới")),
            new UpdateOneModel<>(Filters.eq("_id", "khong-co"), Updates.set("name", "x")),
            insert("da-co"));

    assertThat(BulkWriter.write(entries, writes, true)).isEqualTo(new BulkWriter.Outcome(2, 2));
    assertThat(BulkWriter.write(entries, writes.subList(1, 4), false))
        .isEqualTo(new BulkWriter.Outcome(0, 3));
  }

  @Test
  void anyOtherWriteErrorFailsTheBatchSoItIsDeliveredAgain() {
    List<WriteModel<Document>> writes =
        List.of(new UpdateOneModel<>(Filters.eq("_id", "da-co"), Updates.inc("name", 1)));

    assertThatThrownBy(() -> BulkWriter.write(entries, writes, true))
        .isInstanceOf(MongoBulkWriteException.class);
  }

  private List<String> ids() {
    return entries
        .find()
        .sort(Sorts.ascending("_id"))
        .map(d -> d.getString("_id"))
        .into(new ArrayList<>());
  }
}
