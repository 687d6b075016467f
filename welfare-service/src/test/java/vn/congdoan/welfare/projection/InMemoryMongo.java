package vn.congdoan.welfare.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** A throw-away MongoDB-compatible server, spoken to over the wire by the real driver. */
final class InMemoryMongo implements AutoCloseable {
  private final MongoServer server = new MongoServer(new MemoryBackend());
  private final MongoClient client;

  InMemoryMongo() {
    server.bind("127.0.0.1", 0);
    client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
  }

  MongoDatabase database(String name) {
    return client.getDatabase(name);
  }

  @Override
  public void close() {
    client.close();
    server.shutdown();
  }
}
