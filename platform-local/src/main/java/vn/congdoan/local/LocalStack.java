package vn.congdoan.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The infrastructure process of {@code ./platform up} (Kafka and MongoDB until SIGTERM), and {@code
 * token} to mint a local dev token.
 */
public final class LocalStack {

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage:",
          "  LocalStack [--data DIR] [--kafka-port N] [--mongo-port N] [--mongo-store disk|memory]",
          "  LocalStack token --role ROLE [--role ROLE2] [--branch ID] [--sub NAME] [--secret S]");

  private static final Duration TOKEN_TTL = Duration.ofHours(12);
  private static final Set<String> TOKEN_OPTIONS =
      Set.of("--role", "--branch", "--sub", "--secret");
  private static final Set<String> INFRA_OPTIONS =
      Set.of("--data", "--kafka-port", "--mongo-port", "--mongo-store");

  private LocalStack() {}

  public static void main(String[] args) {
    FailFast.install(System.err, code -> Runtime.getRuntime().halt(code));
    System.exit(run(args, System.out));
  }

  /** Exit code: 0 after a clean stop or a printed token, 2 for bad usage or a taken port. */
  static int run(String[] args, PrintStream out) {
    List<String> list = Arrays.asList(args);
    try {
      if (!list.isEmpty() && list.get(0).equals("token")) {
        return token(StackArgs.parse(list.subList(1, list.size()), TOKEN_OPTIONS), out);
      }
      return infra(StackArgs.parse(list, INFRA_OPTIONS), out);
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      out.println(USAGE);
      return 2;
    }
  }

  private static int token(StackArgs args, PrintStream out) {
    List<String> roles = args.all("--role");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("At least one --role is required");
    }
    String sub = args.get("--sub", "dev-" + roles.get(0).toLowerCase(Locale.ROOT));
    String secret = args.get("--secret", DevTokens.DEFAULT_SECRET);
    out.println(DevTokens.sign(secret, sub, roles, args.get("--branch", null), TOKEN_TTL));
    return 0;
  }

  private static int infra(StackArgs args, PrintStream out) {
    Path data = Path.of(args.get("--data", "./data"));
    int kafkaPort = args.port("--kafka-port", 9092);
    int mongoPort = args.port("--mongo-port", 27018);
    // checked before anything starts: a clear line instead of a bind stack trace from deep inside
    String taken =
        takenMessage(kafkaPort, "Kafka", "--kafka-port")
            + takenMessage(mongoPort, "MongoDB", "--mongo-port");
    if (!taken.isEmpty()) {
      out.print(taken);
      return 2;
    }
    String store = args.get("--mongo-store", "disk");
    if (!store.equals("disk") && !store.equals("memory")) {
      out.println("--mongo-store is disk or memory, not " + store);
      return 2;
    }
    // memory: for benchmarks of everything but the embedded server's disk format (see README)
    Path mongoFile = store.equals("memory") ? null : data.resolve("mongo").resolve("store.mv");
    LocalMongo mongo;
    try {
      mongo = LocalMongo.start(mongoFile, mongoPort);
    } catch (RuntimeException e) {
      out.println("MongoDB did not start: " + rootMessage(e));
      return 1;
    }
    out.println(
        "MongoDB  "
            + mongo.connectionString()
            + (mongoFile == null
                ? "  (in memory: gone when stopped)"
                : "  (data in " + data.resolve("mongo") + ")"));
    LocalKafka kafka;
    try {
      kafka = LocalKafka.start(data.resolve("kafka"), kafkaPort);
    } catch (RuntimeException e) {
      mongo.close();
      out.println("Kafka did not start: " + rootMessage(e));
      return 1;
    }
    out.println(
        "Kafka    " + kafka.bootstrapServers() + "  (data in " + data.resolve("kafka") + ")");
    if (!FailFast.jvmExitsOnOutOfMemory()) {
      out.println(
          "Warning: started without -XX:+ExitOnOutOfMemoryError; an OutOfMemoryError caught by a"
              + " Kafka thread would leave this process running without a broker.");
    }
    out.println("Ready. Stop with Ctrl-C.");
    awaitShutdown(kafka, mongo, out);
    return 0;
  }

  private static String takenMessage(int port, String what, String option) {
    if (port == 0 || Ports.isFree(port)) {
      return "";
    }
    return String.format(
        "Port %d is already in use (%s). Stop what uses it or pass %s.%n", port, what, option);
  }

  /** Blocks until the JVM is asked to stop, then closes Kafka before the store under it. */
  private static void awaitShutdown(LocalKafka kafka, LocalMongo mongo, PrintStream out) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  out.println("Stopping Kafka and MongoDB...");
                  try {
                    kafka.close();
                  } finally {
                    mongo.close();
                    out.println("Stopped.");
                    stopped.countDown();
                  }
                },
                "local-stack-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
