package vn.congdoan.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A real single-node KRaft broker (broker and controller in one) running in this JVM, with its data
 * in one directory so that topics and records survive a restart.
 */
public final class LocalKafka implements AutoCloseable {

  private static final String CONTROLLER = "CONTROLLER";
  private static final int NODE_ID = 1;

  private final KafkaRaftServer server;
  private final String bootstrapServers;

  private LocalKafka(KafkaRaftServer server, String bootstrapServers) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * Formats {@code dataDir} on first use, then starts the broker; returns once it accepts clients.
   *
   * @param port the client (PLAINTEXT) port on 127.0.0.1, 0 for any free one
   */
  public static LocalKafka start(Path dataDir, int port) {
    int clientPort = Ports.resolve(port);
    KafkaConfig config = new KafkaConfig(settings(dataDir, clientPort, Ports.pickFree()), false);
    formatIfNew(dataDir);
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    try {
      server.startup();
    } catch (RuntimeException e) {
      // a half-started broker keeps threads and the data dir lock: release them before failing
      server.shutdown();
      server.awaitShutdown();
      throw new IllegalStateException("Kafka did not start on port " + clientPort, e);
    }
    return new LocalKafka(server, Ports.HOST + ":" + clientPort);
  }

  static Map<String, String> settings(Path dataDir, int clientPort, int controllerPort) {
    // strings, as in server.properties: typed values must match each key's exact type
    Map<String, String> p = new HashMap<>();
    p.put("process.roles", "broker,controller");
    p.put("node.id", String.valueOf(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@" + Ports.HOST + ":" + controllerPort);
    p.put(
        "listeners",
        String.format(
            "PLAINTEXT://%s:%d,%s://%s:%d",
            Ports.HOST, clientPort, CONTROLLER, Ports.HOST, controllerPort));
    p.put("advertised.listeners", "PLAINTEXT://" + Ports.HOST + ":" + clientPort);
    p.put("controller.listener.names", CONTROLLER);
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", dataDir.toAbsolutePath().toString());
    // one node: every replication factor and ISR is 1
    p.put("offsets.topic.replication.factor", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("default.replication.factor", "1");
    p.put("min.insync.replicas", "1");
    // fewer internal partitions: faster first consumer group / transaction, fewer open files
    p.put("offsets.topic.num.partitions", "6");
    p.put("transaction.state.log.num.partitions", "6");
    p.put("num.partitions", "6");
    // topics are declared by the services; a typo must fail instead of creating a new topic
    p.put("auto.create.topics.enable", "false");
    p.put("group.initial.rebalance.delay.ms", "0");
    // the platform's topics are its permanent log
    p.put("log.retention.ms", "-1");
    // the 128 MB default dedupe buffer is allocated at start-up: too much for a laptop JVM
    p.put("log.cleaner.dedupe.buffer.size", "16777216");
    return p;
  }

  private static void formatIfNew(Path dataDir) {
    if (Files.exists(dataDir.resolve("meta.properties"))) {
      return;
    }
    try {
      Files.createDirectories(dataDir);
      // the Formatter API directly: StorageTool would call Exit on errors and end the JVM
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .setNodeId(NODE_ID)
          .setClusterId(Uuid.randomUuid().toString())
          .setControllerListenerName(CONTROLLER)
          // one directory holds both the records and the metadata log
          .setMetadataLogDirectory(dataDir.toAbsolutePath().toString())
          .addDirectory(dataDir.toAbsolutePath().toString())
          .setIgnoreFormatted(true)
          .run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot format Kafka storage in " + dataDir, e);
    }
  }

  /** For example {@code 127.0.0.1:9092}. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Controlled shutdown of broker then controller; returns when every Kafka thread has stopped. */
  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }
}
