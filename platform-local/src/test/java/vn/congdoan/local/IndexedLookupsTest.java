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

  /** The same questions asked of an indexed and an unindexed copy must get the same answers. */
  private static void sameAnswers(
      com.mongodb.client.MongoCollection<Document> indexed,
      com.mongodb.client.MongoCollection<Document> plain) {
    for (var filter :
        List.of(
            Filters.eq("branch", "b1"),
            Filters.eq("branch", "b9"),
            Filters.and(Filters.eq("branch", "b2"), Filters.lt("seq", 3)),
            Filters.and(
                Filters.eq("branch", "b0"), Filters.eq("member", "m4"), Filters.eq("to", null)),
            Filters.eq("tags", "t1"),
            Filters.eq("branch", null),
            Filters.in("branch", "b1", "b9", "b2"),
            Filters.and(Filters.in("branch", "b0", "b1"), Filters.nin("_id", "d3", "d4")),
            // a point-in-time reading's: a branch's documents, or those of no branch
            Filters.and(
                Filters.lte("seq", 3),
                Filters.or(
                    Filters.eq("branch", "b1"),
                    Filters.eq("branch", null),
                    Filters.eq("member", "m4")),
                Filters.ne("member", "m2")),
            // an alternative no index serves: answered the server's own way
            Filters.or(Filters.eq("branch", "b2"), Filters.gt("seq", 3)))) {
      assertThat(ids(indexed, filter)).as(filter.toString()).isEqualTo(ids(plain, filter));
    }
  }

  private static List<Object> ids(
      com.mongodb.client.MongoCollection<Document> docs, org.bson.conversions.Bson filter) {
    return docs.find(filter).map(d -> d.get("_id")).into(new ArrayList<>()).stream()
        .sorted(java.util.Comparator.comparing(Object::toString))
        .toList();
  }

  private static void writeBoth(
      java.util.function.Consumer<com.mongodb.client.MongoCollection<Document>> write,
      com.mongodb.client.MongoCollection<Document> indexed,
      com.mongodb.client.MongoCollection<Document> plain) {
    write.accept(indexed);
    write.accept(plain);
  }

  @Test
  void aNonUniqueIndexNarrowsByItsFirstFieldAndFollowsEveryWrite(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    var file = dir.resolve("mongo.mv");
    try (var mongo = LocalMongo.start(file, 0);
        var client = MongoClients.create(mongo.connectionString())) {
      var indexed = client.getDatabase("t").getCollection("indexed");
      var plain = client.getDatabase("t").getCollection("plain");
      indexed.createIndex(com.mongodb.client.model.Indexes.ascending("branch", "member", "seq"));
      indexed.createIndex(com.mongodb.client.model.Indexes.ascending("member"));
      List<Document> many = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        many.add(
            new Document("_id", "d" + i)
                .append("branch", "b" + i % 3)
                .append("member", "m" + i % 7)
                .append("seq", i % 5)
                .append("to", i % 2 == 0 ? null : "2024-01-01")
                .append("tags", List.of("t" + i % 4, "x")));
      }
      many.add(new Document("_id", "none-1").append("seq", 1));
      many.add(new Document("_id", "none-2").append("branch", null).append("seq", 2));
      writeBoth(c -> c.insertMany(many), indexed, plain);
      sameAnswers(indexed, plain);

      // moved to another branch, closed, removed, replaced, upserted
      writeBoth(
          c -> c.updateMany(Filters.eq("branch", "b1"), Updates.set("branch", "b2")),
          indexed,
          plain);
      writeBoth(
          c ->
              c.updateMany(
                  Filters.and(Filters.eq("branch", "b0"), Filters.eq("member", "m4")),
                  Updates.set("to", "2025-06-01")),
          indexed,
          plain);
      writeBoth(
          c -> c.deleteMany(Filters.and(Filters.eq("branch", "b2"), Filters.eq("seq", 1))),
          indexed,
          plain);
      writeBoth(
          c ->
              c.replaceOne(
                  Filters.eq("_id", "d3"), new Document("_id", "d3").append("branch", "b1")),
          indexed,
          plain);
      writeBoth(
          c ->
              c.updateOne(
                  Filters.eq("_id", "new"),
                  Updates.set("branch", "b1"),
                  new com.mongodb.client.model.UpdateOptions().upsert(true)),
          indexed,
          plain);
      sameAnswers(indexed, plain);
      assertThat(ids(indexed, Filters.eq("branch", "b1"))).containsExactly("d3", "new");
    }
    // reopened from disk: the index is built again from the stored documents
    try (var mongo = LocalMongo.start(file, 0);
        var client = MongoClients.create(mongo.connectionString())) {
      var indexed = client.getDatabase("t").getCollection("indexed");
      var plain = client.getDatabase("t").getCollection("plain");
      sameAnswers(indexed, plain);
      assertThat(ids(indexed, Filters.eq("branch", "b1"))).containsExactly("d3", "new");
    }
  }

  @Test
  void documentsAskedByTheirIdsAreExactlyThoseOnDiskAndInMemory(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    for (var file : java.util.Arrays.asList(dir.resolve("mongo.mv"), null)) {
      try (var mongo = LocalMongo.start(file, 0);
          var client = MongoClients.create(mongo.connectionString())) {
        var docs = client.getDatabase("t").getCollection("docs");
        List<Document> many = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
          many.add(new Document("_id", "d" + i).append("seq", i).append("name", "Đoàn viên " + i));
        }
        docs.insertMany(many);
        docs.insertOne(new Document("_id", 7).append("seq", -1));

        var asked = List.of("d5", "d599", "d5", "missing", "d42", "d7");
        assertThat(ids(docs, Filters.in("_id", asked))).containsExactly("d42", "d5", "d599", "d7");
        assertThat(
                docs.find(Filters.in("_id", asked))
                    .sort(com.mongodb.client.model.Sorts.descending("seq"))
                    .projection(com.mongodb.client.model.Projections.include("name"))
                    .limit(2)
                    .into(new ArrayList<>()))
            .containsExactly(
                new Document("_id", "d599").append("name", "Đoàn viên 599"),
                new Document("_id", "d42").append("name", "Đoàn viên 42"));
        // not text ids alone: looked up the server's own way
        assertThat(docs.countDocuments(Filters.in("_id", 7, "d1"))).isEqualTo(2);
      }
    }
  }
}
