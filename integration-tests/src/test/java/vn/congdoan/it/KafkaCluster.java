package vn.congdoan.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.Uuid;

/**
 * Three Kafka nodes ({@link ClusterBroker}), each in a JVM of its own with its data in a directory
 * of its own, so that a test can kill one with SIGKILL and start it again on the same data.
 */
final class KafkaCluster implements AutoCloseable {
  private final Path data;
  private final String clusterId = Uuid.randomUuid().toString();
  private final List<Integer> clientPorts = new ArrayList<>();
  private final List<Integer> controllerPorts = new ArrayList<>();
  private final Process[] nodes = new Process[3];
  private final Path[] logs = new Path[3];

  KafkaCluster(Path data) throws IOException {
    this.data = data;
    for (int n = 0; n < 3; n++) {
      clientPorts.add(ChildService.freePort());
      controllerPorts.add(ChildService.freePort());
      logs[n] = Files.createTempFile("kafka-node-" + (n + 1), ".log");
    }
  }

  String bootstrap() {
    return clientPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
  }

  /** Starts the three together: a node serves only once a quorum of controllers is up. */
  void startAll() throws IOException, InterruptedException {
    for (int node = 1; node <= 3; node++) {
      launch(node);
    }
    for (int node = 1; node <= 3; node++) {
      awaitReady(node);
    }
  }

  /** Starts a killed node again on its data. */
  void start(int node) throws IOException, InterruptedException {
    launch(node);
    awaitReady(node);
  }

  /** SIGKILL: no controlled shutdown, no leadership handed over, no flush of the log. */
  void kill(int node) throws InterruptedException {
    nodes[node - 1].destroyForcibly();
    nodes[node - 1].waitFor();
  }

  private void launch(int node) throws IOException {
    Files.writeString(logs[node - 1], "");
    nodes[node - 1] =
        new ProcessBuilder(
                ChildService.java(),
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                ClusterBroker.class.getName(),
                String.valueOf(node),
                data.resolve("node-" + node).toString(),
                clusterId,
                join(clientPorts),
                join(controllerPorts))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logs[node - 1].toFile()))
            .start();
  }

  private void awaitReady(int node) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      String log = Files.readString(logs[node - 1]);
      if (log.contains("Ready.")) {
        return;
      }
      if (!nodes[node - 1].isAlive()) {
        throw new IllegalStateException("Kafka node " + node + " died: " + log);
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("Kafka node " + node + " not ready in time");
  }

  private static String join(List<Integer> ports) {
    return IntStream.range(0, ports.size())
        .mapToObj(i -> String.valueOf(ports.get(i)))
        .collect(Collectors.joining(","));
  }

  @Override
  public void close() {
    for (Process node : nodes) {
      if (node != null && node.isAlive()) {
        node.destroyForcibly();
      }
    }
  }
}
