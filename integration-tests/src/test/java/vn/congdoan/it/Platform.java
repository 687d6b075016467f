package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.congdoan.finance.FinanceApplication;
import vn.congdoan.local.DevTokens;
import vn.congdoan.local.LocalKafka;
import vn.congdoan.local.LocalMongo;
import vn.congdoan.membership.MembershipApplication;
import vn.congdoan.reporting.ReportingApplication;
import vn.congdoan.welfare.WelfareApplication;

/**
 * The whole platform in this JVM: a real Kafka broker, the MongoDB-compatible server spoken to over
 * the wire, and the four services on random ports — the same stack {@code ./platform up} runs.
 * Started once and shared by every integration test (each test uses its own branch ids).
 */
final class Platform implements AutoCloseable {
  enum Service {
    MEMBERSHIP(MembershipApplication::app),
    WELFARE(WelfareApplication::app),
    FINANCE(FinanceApplication::app),
    REPORTING(ReportingApplication::app);

    final Supplier<SpringApplicationBuilder> builder;

    Service(Supplier<SpringApplicationBuilder> builder) {
      this.builder = builder;
    }
  }

  private static Platform shared;

  final LocalMongo mongo;
  final LocalKafka kafka;
  private final Map<Service, ConfigurableApplicationContext> apps = new LinkedHashMap<>();

  private Platform(LocalMongo mongo, LocalKafka kafka) {
    this.mongo = mongo;
    this.kafka = kafka;
  }

  /** The platform shared by all tests of this JVM, started on first use. */
  static synchronized Platform shared() {
    if (shared == null) {
      shared = startAll();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  private static Platform startAll() {
    try {
      Path kafkaDir = Files.createTempDirectory("it-kafka");
      var platform = new Platform(LocalMongo.start(null, 0), LocalKafka.start(kafkaDir, 0));
      for (Service service : Service.values()) {
        platform.start(service);
      }
      return platform;
    } catch (Exception e) {
      throw new IllegalStateException("The platform did not start", e);
    }
  }

  /** The properties that point a service at this platform's Kafka and MongoDB. */
  List<String> wiring() {
    return List.of(
        "--spring.profiles.active=local",
        "--server.port=0",
        "--spring.data.mongodb.uri=" + mongo.connectionString(),
        "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
        "--platform.security.dev-secret=" + DevTokens.DEFAULT_SECRET);
  }

  void start(Service service) {
    apps.put(service, service.builder.get().run(wiring().toArray(String[]::new)));
  }

  void stop(Service service) {
    ConfigurableApplicationContext app = apps.remove(service);
    if (app != null) {
      app.close();
    }
  }

  ConfigurableApplicationContext context(Service service) {
    return apps.get(service);
  }

  String url(Service service, String path) {
    int port = ((WebServerApplicationContext) apps.get(service)).getWebServer().getPort();
    return "http://127.0.0.1:" + port + path;
  }

  /** Registers a branch (as federation staff) with the given groups, as a user would. */
  void registerBranch(String branchId, String name, String... groupIds) {
    var created =
        Http.post(
            url(Service.MEMBERSHIP, "/api/branches"),
            token("FEDERATION_STAFF", null),
            Map.of(
                "branchId",
                branchId,
                "name",
                name,
                "parentUnion",
                "Công đoàn Viên chức tỉnh",
                "sector",
                "STATE_AGENCY"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    for (String groupId : groupIds) {
      var group =
          Http.post(
              url(Service.MEMBERSHIP, "/api/branches/" + branchId + "/groups"),
              token("BRANCH_OFFICER", branchId),
              Map.of("groupId", groupId, "name", "Tổ công đoàn " + groupId));
      assertThat(group.status()).as(group.body()).isEqualTo(201);
    }
  }

  /** The year summary of a branch, as reporting-service serves it. */
  Http.Response summary(String branchId, int year, String token) {
    return Http.get(
        url(Service.REPORTING, "/api/reports/branches/" + branchId + "/years/" + year), token);
  }

  static String token(String role, String branch) {
    return DevTokens.sign(
        DevTokens.DEFAULT_SECRET,
        "it-" + role.toLowerCase(),
        List.of(role),
        branch,
        java.time.Duration.ofHours(1));
  }

  @Override
  public synchronized void close() {
    var started = new java.util.ArrayList<>(apps.keySet());
    java.util.Collections.reverse(started);
    started.forEach(this::stop);
    kafka.close();
    mongo.close();
  }
}
