package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An aggregation that starts with a {@code $match} reads only what the match selects, and answers
 * exactly what it answered when it read the whole collection — on disk and in memory alike.
 */
class AggregateMatchTest {
  @TempDir Path dir;

  private static List<Document> run(MongoCollection<Document> grants, Document... stages) {
    return grants.aggregate(List.of(stages)).into(new ArrayList<>());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aPipelineAnswersTheSameWhenItsLeadingMatchIsServedByAnIndex(boolean onDisk) {
    try (LocalMongo mongo = LocalMongo.start(onDisk ? dir.resolve("store.mv") : null, 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      MongoCollection<Document> grants = client.getDatabase("reporting").getCollection("grants");
      grants.createIndex(Indexes.ascending("branchId", "year"));
      for (int i = 0; i < 90; i++) {
        grants.insertOne(
            new Document("_id", "g-" + i)
                .append("branchId", "b" + (i % 3))
                .append("year", 2024 + (i % 2))
                .append("kind", i % 5 == 0 ? "SICKNESS" : "WEDDING")
                .append("amountVnd", 100_000L * (i + 1)));
      }
      Document group =
          new Document(
              "$group",
              new Document("_id", "$kind").append("total", new Document("$sum", "$amountVnd")));
      Document sort = new Document("$sort", new Document("_id", 1));

      // by the index's first field, with the rest of the query matched on what it names
      assertThat(
              run(
                  grants,
                  new Document("$match", new Document("branchId", "b1").append("year", 2025)),
                  group,
                  sort))
          .containsExactly(
              new Document("_id", "SICKNESS").append("total", 16_800_000L),
              new Document("_id", "WEDDING").append("total", 49_200_000L));
      // through $and, as the driver's Filters.and writes it
      Document and =
          new Document(
              "$and", List.of(new Document("branchId", "b2"), new Document("kind", "SICKNESS")));
      assertThat(run(grants, new Document("$match", and), group))
          .containsExactly(new Document("_id", "SICKNESS").append("total", 26_100_000L));
      // a field no index serves, and an operator left to the pipeline
      assertThat(run(grants, new Document("$match", new Document("kind", "SICKNESS")), group))
          .containsExactly(new Document("_id", "SICKNESS").append("total", 78_300_000L));
      Document expr = new Document("$expr", new Document("$gt", List.of("$amountVnd", 8_900_000L)));
      assertThat(run(grants, new Document("$match", expr))).hasSize(1);
      // a $lookup of the same collection still sees all of it, not only what the match selected
      Document lookup =
          new Document(
              "$lookup",
              new Document("from", "grants")
                  .append("localField", "kind")
                  .append("foreignField", "kind")
                  .append("as", "sameKind"));
      List<Document> joined =
          run(grants, new Document("$match", new Document("_id", "g-0")), lookup);
      assertThat(joined).hasSize(1);
      assertThat(joined.get(0).getList("sameKind", Document.class)).hasSize(18);
    }
  }
}
