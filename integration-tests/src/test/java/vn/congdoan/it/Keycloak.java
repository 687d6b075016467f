package vn.congdoan.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A real Keycloak, from its own distribution on Maven Central (unpacked by the build into
 * target/keycloak), with the platform's realm imported from deploy/keycloak as an operator would:
 * the same file, its placeholders filled from the environment. It runs on a JDK of 21 or newer
 * ({@code keycloak.java.home}); the services stay on the build's JDK.
 */
final class Keycloak implements AutoCloseable {
  static final String REALM = "congdoan";
  static final String CLIENT = "congdoan-dashboard";
  static final String AUDIENCE = "congdoan-platform";

  /** The example users' password, given to the realm file through CONGDOAN_EXAMPLE_PASSWORD. */
  static final String PASSWORD = "Thu-" + UUID.randomUUID();

  private static final Path REALM_FILE = Path.of("..", "deploy", "keycloak", "congdoan-realm.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Process process;
  private final int port;
  private final String adminPassword;
  private final Path log;

  private Keycloak(Process process, int port, String adminPassword, Path log) {
    this.process = process;
    this.port = port;
    this.adminPassword = adminPassword;
    this.log = log;
  }

  /** Starts Keycloak with the realm whose web app is served at {@code publicUrl}. */
  static Keycloak start(String publicUrl) throws IOException, InterruptedException {
    Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak"));
    Path java = Path.of(System.getProperty("keycloak.java.home", ""), "bin", "java");
    if (!Files.isExecutable(java)) {
      throw new IllegalStateException(
          "Keycloak 26 runs on a JDK 21 or newer; none at "
              + java
              + " (set -Dkeycloak.java.home, as .ci/run does)");
    }
    // a fresh database each run: the import keeps an existing realm as it was
    deleteTree(home.resolve("data"));
    Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
    Files.copy(
        REALM_FILE, imports.resolve("congdoan-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    int port = ChildService.freePort();
    String adminPassword = UUID.randomUUID().toString();
    Path log = Files.createTempFile("keycloak", ".log");
    var builder =
        new ProcessBuilder(
                home.resolve("bin").resolve("kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--import-realm")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> env = builder.environment();
    env.put("JAVA_HOME", java.getParent().getParent().toString());
    env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
    env.put("CONGDOAN_PUBLIC_URL", publicUrl);
    env.put("CONGDOAN_EXAMPLE_PASSWORD", PASSWORD);
    var keycloak = new Keycloak(builder.start(), port, adminPassword, log);
    keycloak.awaitRealm();
    return keycloak;
  }

  private void awaitRealm() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped at start-up:\n" + tail());
      }
      try {
        var meta =
            send(
                HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration")));
        if (meta.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Keycloak not ready in time:\n" + tail());
  }

  String issuer() {
    return "http://127.0.0.1:" + port + "/realms/" + REALM;
  }

  /** A call to the realm's admin API, as the bootstrap administrator. */
  JsonNode admin(String method, String path, Object body) throws IOException, InterruptedException {
    var token =
        JSON.readTree(
                form(
                        "http://127.0.0.1:" + port + "/realms/master/protocol/openid-connect/token",
                        Map.of(
                            "grant_type", "password",
                            "client_id", "admin-cli",
                            "username", "admin",
                            "password", adminPassword))
                    .body())
            .path("access_token")
            .asText();
    var request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/admin/realms/" + REALM + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    var response = send(request);
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          method + " " + path + ": " + response.statusCode() + " " + response.body());
    }
    return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
  }

  /** A form posted to {@code url}. */
  static HttpResponse<String> form(String url, Map<String, String> fields)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded(fields))));
  }

  /** Fields as a form body or query string: {@code name=value&…}, values URL-encoded. */
  static String encoded(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private String tail() throws IOException {
    var lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** kc.sh starts Keycloak's JVM as its child: both go. */
  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
