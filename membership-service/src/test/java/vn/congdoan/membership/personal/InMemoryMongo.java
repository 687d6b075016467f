package vn.congdoan.membership.personal;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;

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

  static MongoProperties properties() {
    var properties = new MongoProperties();
    properties.setDatabase("membership");
    return properties;
  }

  @Override
  public void close() {
    client.close();
    server.shutdownNow();
  }
}
