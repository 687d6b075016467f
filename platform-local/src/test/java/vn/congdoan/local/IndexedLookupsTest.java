package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Narrowing by _id must change speed only: every query still answers what MongoDB would. */
class IndexedLookupsTest {
  @Test
  void guardedQueriesByIdAnswerExactlyAsAScanWould() {
    try (var mongo = LocalMongo.start(null, 0);
        var client = MongoClients.create(mongo.connectionString())) {
      var docs = client.getDatabase("t").getCollection("docs");
      List<Document> many = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        many.add(new Document("_id", "d" + i).append("seq", i % 5).append("branch", "b" + i % 3));
      }
      docs.insertMany(many);

      assertThat(
              docs.updateOne(
                      Filters.and(Filters.eq("_id", "d7"), Filters.lt("seq", 3)),
                      Updates.set("seq", 9))
                  .getModifiedCount())
          .isEqualTo(1);
      assertThat(
              docs.updateOne(
                      Filters.and(Filters.eq("_id", "d7"), Filters.lt("seq", 3)),
                      Updates.set("seq", 10))
                  .getModifiedCount())
          .isZero();
      assertThat(
              docs.find(Filters.and(Filters.eq("_id", "d8"), Filters.eq("branch", "b2")))
                  .into(new ArrayList<>()))
          .hasSize(1);
      assertThat(
              docs.find(Filters.and(Filters.eq("_id", "d8"), Filters.eq("branch", "b0")))
                  .into(new ArrayList<>()))
          .isEmpty();
      assertThat(
              docs.countDocuments(
                  Filters.and(Filters.in("_id", "d1", "d2", "d3"), Filters.gte("seq", 2))))
          .isEqualTo(2);
      assertThat(docs.countDocuments(Filters.and(Filters.eq("branch", "b1"), Filters.lt("seq", 2))))
          .isEqualTo(13);
      assertThat(docs.find(Filters.eq("_id", "d7")).first().getInteger("seq")).isEqualTo(9);
    }
  }
}
