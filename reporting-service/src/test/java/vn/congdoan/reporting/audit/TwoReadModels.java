package vn.congdoan.reporting.audit;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.congdoan.reporting.query.InMemoryMongo;

/** A live read model and a rebuilt one side by side, for the comparison of a replay. */
abstract class TwoReadModels {
  private InMemoryMongo mongo;
  MongoDatabase live;
  MongoDatabase rebuilt;

  @BeforeEach
  void openBoth() {
    mongo = new InMemoryMongo();
    live = mongo.database("live");
    rebuilt = mongo.database("rebuilt");
  }

  @AfterEach
  void closeBoth() {
    mongo.close();
  }

  /** The same documents in the collection of both models. */
  void bothHold(String collection, Document... documents) {
    for (MongoDatabase db : List.of(live, rebuilt)) {
      db.getCollection(collection).insertMany(List.of(documents));
    }
  }
}
