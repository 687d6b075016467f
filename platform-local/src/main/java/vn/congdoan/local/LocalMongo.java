package vn.congdoan.local;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A MongoDB-compatible server (mongo-java-server) on 127.0.0.1, in memory or in one H2 file. */
public final class LocalMongo implements AutoCloseable {

  private static final String EVENT_LOOP_THREADS = "io.netty.eventLoopThreads";

  private final MongoServer server;
  private final String connectionString;

  private LocalMongo(MongoServer server) {
    this.server = server;
    this.connectionString = "mongodb://" + Ports.HOST + ":" + server.getLocalAddress().getPort();
  }

  /**
   * @param file the H2 MVStore file that keeps the data across restarts, or {@code null} for a
   *     throw-away in-memory server
   * @param port the port on 127.0.0.1, 0 for any free one
   */
  public static LocalMongo start(Path file, int port) {
    // Each connection is served by one event-loop thread, which also waits for its writes to be
    // on disk (GroupCommit). Netty's default of two threads per core would let one write's fsync
    // hold up every connection sharing its thread; more threads let many writers share a commit.
    if (System.getProperty(EVENT_LOOP_THREADS) == null) {
      System.setProperty(EVENT_LOOP_THREADS, "64");
    }
    MongoBackend backend = file == null ? IndexedBackends.memory() : h2(file);
    MongoServer server = new MongoServer(backend);
    try {
      server.bind(Ports.HOST, port);
    } catch (RuntimeException e) {
      // bind failed: the backend holds the H2 file lock, which must not outlive this call
      backend.close();
      throw e;
    }
    return new LocalMongo(server);
  }

  private static MongoBackend h2(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return IndexedBackends.h2(file.toAbsolutePath().toString());
  }

  public String connectionString() {
    return connectionString;
  }

  /**
   * Stops accepting connections, then closes the backend, which commits and closes the H2 store.
   */
  @Override
  public void close() {
    server.shutdown();
  }
}
