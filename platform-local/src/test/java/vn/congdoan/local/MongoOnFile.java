package vn.congdoan.local;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import org.bson.Document;

/** A {@link LocalMongo} keeping its store in a file, with a client of it; both closed together. */
record MongoOnFile(LocalMongo mongo, MongoClient client) implements AutoCloseable {
  static MongoOnFile start(Path file) {
    LocalMongo mongo = LocalMongo.start(file, 0);
    try {
      return new MongoOnFile(mongo, MongoClients.create(mongo.connectionString()));
    } catch (RuntimeException e) {
      mongo.close();
      throw e;
    }
  }

  MongoCollection<Document> collection(String database, String name) {
    return client.getDatabase(database).getCollection(name);
  }

  @Override
  public void close() {
    client.close();
    mongo.close();
  }
}
