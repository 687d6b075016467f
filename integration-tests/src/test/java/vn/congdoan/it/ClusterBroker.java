package vn.congdoan.it;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * One node of a three-node KRaft cluster (broker and controller in one), as production runs Kafka:
 * every topic replicated three times, two replicas in sync before a write is acknowledged. Run in a
 * JVM of its own so that a test can kill it with SIGKILL; prints "Ready." once it serves.
 *
 * <p>Arguments: node id (1–3), data directory, cluster id, the three client ports, the three
 * controller ports (comma-separated, in node order).
 */
public final class ClusterBroker {
  private ClusterBroker() {}

  public static void main(String[] args) throws Exception {
    int node = Integer.parseInt(args[0]);
    Path data = Path.of(args[1]);
    String clusterId = args[2];
    String[] clientPorts = args[3].split(",");
    String[] controllerPorts = args[4].split(",");
    Map<String, String> p = new HashMap<>();
    p.put("process.roles", "broker,controller");
    p.put("node.id", String.valueOf(node));
    StringBuilder voters = new StringBuilder();
    for (int n = 1; n <= 3; n++) {
      voters
          .append(n == 1 ? "" : ",")
          .append(n)
          .append("@127.0.0.1:")
          .append(controllerPorts[n - 1]);
    }
    p.put("controller.quorum.voters", voters.toString());
    p.put(
        "listeners",
        "PLAINTEXT://127.0.0.1:"
            + clientPorts[node - 1]
            + ",CONTROLLER://127.0.0.1:"
            + controllerPorts[node - 1]);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPorts[node - 1]);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", data.toAbsolutePath().toString());
    p.put("offsets.topic.replication.factor", "3");
    p.put("transaction.state.log.replication.factor", "3");
    p.put("transaction.state.log.min.isr", "2");
    p.put("default.replication.factor", "3");
    p.put("min.insync.replicas", "2");
    p.put("offsets.topic.num.partitions", "6");
    p.put("auto.create.topics.enable", "false");
    p.put("group.initial.rebalance.delay.ms", "0");
    // a killed leader is noticed within seconds, not the default 18 s
    p.put("broker.session.timeout.ms", "6000");
    p.put("broker.heartbeat.interval.ms", "1000");
    p.put("replica.lag.time.max.ms", "6000");
    p.put("log.cleaner.dedupe.buffer.size", "16777216");
    if (!Files.exists(data.resolve("meta.properties"))) {
      Files.createDirectories(data);
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .setNodeId(node)
          .setClusterId(clusterId)
          .setControllerListenerName("CONTROLLER")
          .setMetadataLogDirectory(data.toAbsolutePath().toString())
          .addDirectory(data.toAbsolutePath().toString())
          .setIgnoreFormatted(true)
          .run();
    }
    var server = new KafkaRaftServer(new KafkaConfig(p, false), Time.SYSTEM);
    server.startup();
    System.out.println("Ready.");
    new CountDownLatch(1).await();
  }
}
