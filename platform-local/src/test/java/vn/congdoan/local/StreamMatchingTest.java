package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An aggregation's leading match hands its documents over one at a time, read when reached, not
 * collected first: a document removed after the stream was made, before it was read, is not in it.
 * Collected up front, as a find answers, a province-wide summary held ~500,000 documents at once.
 */
class StreamMatchingTest {
  @TempDir Path dir;

  @Test
  void documentsAreReadWhenTheStreamReachesThemWithAnIndexOrWithout() {
    MongoBackend backend = IndexedBackends.h2(dir.resolve("store.mv").toString());
    MongoServer server = new MongoServer(backend);
    var address = server.bind();
    try (MongoClient client =
        MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
      MongoCollection<Document> segments =
          client.getDatabase("reporting").getCollection("member_segments");
      segments.createIndex(Indexes.ascending("branchId"));
      for (int i = 0; i < 40; i++) {
        segments.insertOne(
            new Document("_id", "m-" + i)
                .append("branchId", "b" + (i % 4))
                .append("groupId", "to-" + (i % 4)));
      }
      var stored =
          (StoredCollection)
              backend.resolveDatabase("reporting").resolveCollection("member_segments", true);

      var byIndex = stored.streamMatching(new de.bwaldvogel.mongo.bson.Document("branchId", "b1"));
      var byScan = stored.streamMatching(new de.bwaldvogel.mongo.bson.Document("groupId", "to-1"));
      segments.deleteOne(Filters.eq("_id", "m-1"));

      assertThat(byIndex.map(d -> (String) d.get("_id")).sorted().toList())
          .containsExactly("m-13", "m-17", "m-21", "m-25", "m-29", "m-33", "m-37", "m-5", "m-9");
      assertThat(byScan.map(d -> (String) d.get("_id")).sorted().toList())
          .containsExactly("m-13", "m-17", "m-21", "m-25", "m-29", "m-33", "m-37", "m-5", "m-9");
    } finally {
      server.shutdownNow();
    }
  }
}
