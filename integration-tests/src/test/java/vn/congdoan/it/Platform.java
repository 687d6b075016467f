package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * the wire, and the four services and the gateway in front of them on random ports — the same stack
 * {@code ./platform up} runs. Started once and shared by every integration test (each test uses its
 * own branch ids).
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
  private final Map<Service, Integer> ports = new LinkedHashMap<>();
  private ChildService gateway;

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
      platform.startGateway();
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
    var args = new ArrayList<>(wiring());
    if (apps.containsKey(Service.MEMBERSHIP)) {
      // welfare asks membership for birth dates (sealed in the events) for birthday gifts;
      // finance for a branch's sector and which members were active in a month
      args.add("--welfare.membership-url=" + url(Service.MEMBERSHIP, ""));
      args.add("--finance.membership-url=" + url(Service.MEMBERSHIP, ""));
    }
    // reporting asks each recording service to verify its chains
    for (Service recording : List.of(Service.MEMBERSHIP, Service.WELFARE, Service.FINANCE)) {
      if (apps.containsKey(recording)) {
        args.add(option("reporting.verification.", recording));
      }
    }
    Integer port = ports.get(service);
    if (port != null) {
      // Restarted where it was: the other services were told this address when they started.
      args.replaceAll(a -> a.equals("--server.port=0") ? "--server.port=" + port : a);
    }
    var app = service.builder.get().run(args.toArray(String[]::new));
    apps.put(service, app);
    ports.put(service, ((WebServerApplicationContext) app).getWebServer().getPort());
  }

  /**
   * The gateway in front of the services, told their addresses (which a restart keeps), in a JVM of
   * its own: Spring Cloud Gateway will not start beside Spring MVC on one classpath. Its jar is
   * copied to target/gateway by the build.
   */
  private void startGateway() throws IOException {
    var args = new ArrayList<>(List.of("--spring.profiles.active=local"));
    for (Service service : Service.values()) {
      args.add(option("gateway.", service));
    }
    gateway = ChildService.jar(Path.of("target", "gateway", "gateway.jar"), args);
    gateway.start();
  }

  /** The setting {@code prefix<service>-url} that tells another application where a service is. */
  private String option(String prefix, Service service) {
    return "--" + prefix + service.name().toLowerCase() + "-url=" + url(service, "");
  }

  /** An address on the gateway: the one origin the web app and its users see. */
  String gatewayUrl(String path) {
    return gateway.url(path);
  }

  static String url(ConfigurableApplicationContext app, String path) {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    return "http://127.0.0.1:" + port + path;
  }

  void stop(Service service) {
    ConfigurableApplicationContext app = apps.remove(service);
    if (app != null) {
      app.close();
    }
  }

  /** A running service's application context, to ask it what it serves or reach its beans. */
  ConfigurableApplicationContext context(Service service) {
    return apps.get(service);
  }

  String url(Service service, String path) {
    return url(apps.get(service), path);
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

  /** Admits a member through the HTTP API, as a branch officer would. */
  void admit(String branch, String id, String name, String gender, String group) {
    var response =
        Http.post(
            url(Service.MEMBERSHIP, "/api/branches/" + branch + "/members"),
            token("BRANCH_OFFICER", branch),
            Map.of(
                "memberId", id,
                "fullName", name,
                "gender", gender,
                "dateOfBirth", "1985-06-15",
                "groupId", group,
                "joinedOn", "2020-01-01"));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.json().get("memberId").asText()).isEqualTo(id);
  }

  /**
   * Waits until welfare-service's member view (fed by membership's events) counts {@code count}
   * members in the branch: grants are checked against it.
   */
  void awaitWelfareMembers(String branch, int count) {
    awaitWelfareMembers(branch, count, java.time.Duration.ofSeconds(30));
  }

  void awaitWelfareMembers(String branch, int count, java.time.Duration atMost) {
    org.awaitility.Awaitility.await()
        .atMost(atMost)
        .untilAsserted(
            () -> {
              var view =
                  Http.get(
                      url(Service.WELFARE, "/api/branches/" + branch + "/welfare/members"),
                      token("BRANCH_OFFICER", branch));
              assertThat(view.status()).as(view.body()).isEqualTo(200);
              assertThat(view.json().get("members")).hasSize(count);
            });
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
    if (gateway != null) {
      gateway.close();
    }
    var started = new ArrayList<>(apps.keySet());
    java.util.Collections.reverse(started);
    started.forEach(this::stop);
    kafka.close();
    mongo.close();
  }
}
