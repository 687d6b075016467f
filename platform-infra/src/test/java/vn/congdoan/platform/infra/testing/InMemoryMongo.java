package vn.congdoan.platform.infra.testing;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** An embedded MongoDB-compatible server on a free port, reached through the real driver. */
public final class InMemoryMongo implements AutoCloseable {
  private final MongoServer server = new MongoServer(new MemoryBackend());
  private final MongoClient client;

  public InMemoryMongo() {
    this(new CommandListener() {});
  }

  /** {@code listener} sees every command the client sends. */
  public InMemoryMongo(CommandListener listener) {
    var address = server.bind();
    client =
        MongoClients.create(
            MongoClientSettings.builder()
                .applyConnectionString(
                    new ConnectionString("mongodb://localhost:" + address.getPort()))
                .addCommandListener(listener)
                .build());
  }

  public MongoClient client() {
    return client;
  }

  public MongoDatabase database() {
    return client.getDatabase("test");
  }

  @Override
  public void close() {
    client.close();
    server.shutdownNow();
  }
}
