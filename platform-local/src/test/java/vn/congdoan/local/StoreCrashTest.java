package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store keeps what it acknowledged: eight writers insert into a store on disk in a JVM
 * of its own, which is killed with SIGKILL mid-load and started again on the same file, three
 * times. Every insert that was answered "ok" is there afterwards, and nothing that was not asked
 * for.
 *
 * <p>The writers churn as the services do (an outbox entry inserted then deleted, a head document
 * overwritten), and each round lasts past H2's 2 s retention, so later rounds write into the space
 * of chunks that died: a kill mid-reuse must not leave a file that fails to open. (80 such rounds,
 * tried once, opened every time.)
 */
class StoreCrashTest {
  private static final int WRITERS = 8;
  private static final int ROUNDS = 3;

  @TempDir Path dir;

  @Test
  void everyAcknowledgedWriteSurvivesAKillOfTheStore() throws Exception {
    Path file = dir.resolve("mongo.mv");
    int port = freePort();
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    for (int round = 0; round < ROUNDS; round++) {
      Process store = start(file, port);
      try (MongoClient client = client(port)) {
        var database = client.getDatabase("crash");
        MongoCollection<Document> events = database.getCollection("events");
        MongoCollection<Document> outbox = database.getCollection("outbox");
        MongoCollection<Document> heads = database.getCollection("heads");
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          String prefix = "r" + round + "-w" + w + "-";
          Thread writer =
              new Thread(() -> write(events, outbox, heads, prefix, acknowledged, stop));
          writers.add(writer);
          writer.start();
        }
        long start = System.nanoTime();
        long enough = start + TimeUnit.MILLISECONDS.toNanos(3_500 + 1_000 * round);
        long deadline = start + TimeUnit.SECONDS.toNanos(60);
        while ((acknowledged.size() < (round + 1) * 400 || System.nanoTime() < enough)
            && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
        store.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit
        store.waitFor(10, TimeUnit.SECONDS);
        stop.set(true);
        for (Thread writer : writers) {
          writer.join();
        }
      }
    }
    Process store = start(file, port);
    try (MongoClient client = client(port)) {
      Set<String> kept = new HashSet<>();
      client
          .getDatabase("crash")
          .getCollection("events")
          .find()
          .batchSize(1_000)
          .forEach(d -> kept.add(d.getString("_id")));
      assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * 400);
      assertThat(kept).containsAll(acknowledged);
    } finally {
      store.destroyForcibly();
      store.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static void write(
      MongoCollection<Document> events,
      MongoCollection<Document> outbox,
      MongoCollection<Document> heads,
      String prefix,
      Set<String> acknowledged,
      AtomicBoolean stop) {
    String body = "Đoàn viên công đoàn cơ sở ".repeat(20);
    for (int i = 0; !stop.get(); i++) {
      String id = prefix + i;
      String branch = "branch-" + (id.hashCode() & 255);
      try {
        outbox.insertOne(new Document("_id", id).append("body", body));
        events.insertOne(new Document("_id", id).append("payload", "Đoàn viên " + i));
        acknowledged.add(id);
        heads.replaceOne(
            Filters.eq("_id", branch),
            new Document("_id", branch).append("head", id),
            new ReplaceOptions().upsert(true));
        outbox.deleteOne(Filters.eq("_id", id));
      } catch (RuntimeException storeGone) {
        return;
      }
    }
  }

  private static MongoClient client(int port) {
    return MongoClients.create(
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port))
            .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
            .applyToSocketSettings(s -> s.readTimeout(5, TimeUnit.SECONDS))
            .retryWrites(false)
            .build());
  }

  /** The store alone, in a JVM of its own, listening once it is ready. */
  private static Process start(Path file, int port) throws Exception {
    Path log = Files.createTempFile("store", ".log");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                StoreOnly.class.getName(),
                file.toString(),
                String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    for (int i = 0; i < 400; i++) {
      if (Files.readString(log).contains("ready")) {
        return process;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("The store did not start: " + Files.readString(log));
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("The store did not start in time: " + Files.readString(log));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Main class of the child JVM. */
  public static final class StoreOnly {
    public static void main(String[] args) throws Exception {
      LocalMongo.start(Path.of(args[0]), Integer.parseInt(args[1]));
      System.out.println("ready");
      Thread.currentThread().join();
    }
  }
}
