package vn.congdoan.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A service in a JVM of its own, so that a test can kill it the hard way (SIGKILL), or because it
 * cannot share the tests' classpath (the gateway).
 */
final class ChildService implements AutoCloseable {
  /** What follows the java launcher: the tests' classpath and a main class, or a jar. */
  private final List<String> launch;

  private final List<String> args;
  private final Path log;
  private final int port;
  private Process process;

  ChildService(Class<?> main, List<String> wiring, String... extra) throws IOException {
    this(
        main.getSimpleName(),
        List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"), main.getName()),
        wiring,
        extra);
  }

  private ChildService(String name, List<String> launch, List<String> wiring, String... extra)
      throws IOException {
    this.launch = launch;
    this.port = freePort();
    this.args = new ArrayList<>(wiring);
    args.removeIf(a -> a.startsWith("--server.port="));
    args.add("--server.port=" + port);
    args.addAll(List.of(extra));
    this.log = Files.createTempFile("child-" + name, ".log");
  }

  /** An application packaged as an executable jar, with its own classpath. */
  static ChildService jar(Path jar, List<String> args) throws IOException {
    String name = jar.getFileName().toString().replace(".jar", "");
    return new ChildService(name, List.of("-Xmx256m", "-jar", jar.toString()), args);
  }

  void start() throws IOException {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(launch);
    command.addAll(args);
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Child died at start-up; log: " + tail());
      }
      try {
        if (Http.get(url("/actuator/health"), null).body().contains("\"UP\"")) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      sleep(250);
    }
    throw new IllegalStateException("Child not healthy in time; log: " + tail());
  }

  /** No shutdown hooks, no flushing: what a power cut or an OOM kill does. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** The child's process id: what its instance names itself by, in the leases it holds. */
  long pid() {
    return process.pid();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join(
          File.separator.equals("/") ? "\n" : "\r\n",
          lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** The java launcher of the JVM running the tests. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }
}
