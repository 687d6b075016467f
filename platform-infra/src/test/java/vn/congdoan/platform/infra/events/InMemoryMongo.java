package vn.congdoan.platform.infra.events;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** An embedded MongoDB-compatible server on a free port, reached through the real driver. */
final class InMemoryMongo implements AutoCloseable {
  private final MongoServer server = new MongoServer(new MemoryBackend());
  private final MongoClient client;

  InMemoryMongo() {
    var address = server.bind();
    client = MongoClients.create("mongodb://localhost:" + address.getPort());
  }

  MongoClient client() {
    return client;
  }

  MongoDatabase database() {
    return client.getDatabase("test");
  }

  @Override
  public void close() {
    client.close();
    server.shutdownNow();
  }
}
