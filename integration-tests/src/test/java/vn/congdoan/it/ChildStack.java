package vn.congdoan.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.congdoan.local.LocalStack;

/**
 * platform-local (the embedded Kafka broker and MongoDB-compatible store, data on disk) in a JVM of
 * its own, so that a test can kill it the hard way and start it again on the same data and ports.
 */
final class ChildStack implements AutoCloseable {
  private final Path data;
  private final int kafkaPort;
  private final int mongoPort;
  private final Path log;
  private Process process;

  ChildStack(Path data) throws IOException {
    this.data = data;
    this.kafkaPort = ChildService.freePort();
    this.mongoPort = ChildService.freePort();
    this.log = Files.createTempFile("child-stack", ".log");
  }

  /** The properties that point a service at this stack, as {@code ./platform up} does. */
  List<String> wiring() {
    return List.of(
        "--spring.profiles.active=local",
        "--server.port=0",
        "--spring.data.mongodb.uri=" + mongoUri(),
        "--spring.kafka.bootstrap-servers=127.0.0.1:" + kafkaPort,
        "--platform.security.dev-secret=" + vn.congdoan.local.DevTokens.DEFAULT_SECRET);
  }

  String mongoUri() {
    return "mongodb://127.0.0.1:" + mongoPort;
  }

  String kafkaBootstrap() {
    return "127.0.0.1:" + kafkaPort;
  }

  void start() throws IOException, InterruptedException {
    Files.writeString(log, "");
    process =
        new ProcessBuilder(
                ChildService.java(),
                "-Xmx512m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                LocalStack.class.getName(),
                "--data",
                data.toString(),
                "--kafka-port",
                String.valueOf(kafkaPort),
                "--mongo-port",
                String.valueOf(mongoPort))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      if (Files.readString(log).contains("Ready.")) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("platform-local did not start: " + Files.readString(log));
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("platform-local not ready in time: " + Files.readString(log));
  }

  /** SIGKILL: no shutdown hook, no last commit of the store, no flush of the broker's log. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }
}
