package vn.congdoan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The few calls the bench makes to membership-service and reporting-service.
 *
 * <p>Plain {@link HttpURLConnection} rather than java.net.http.HttpClient: the driver shares the
 * platform's CPUs, and measured against a trivial server HttpURLConnection cost ~130 µs of CPU per
 * request against ~330-450 µs for HttpClient (whose every request hops between threads). Its
 * keep-alive cache is the connection pool; {@link #configurePool} sizes it before first use.
 */
final class PlatformClient {
  record Response(int status, String body) {
    boolean ok() {
      return status / 100 == 2;
    }
  }

  /** Generous: a slow answer is measured as latency; only a hung request becomes an error. */
  private static final int READ_TIMEOUT_MS = (int) Duration.ofSeconds(60).toMillis();

  private static final int CONNECT_TIMEOUT_MS = (int) Duration.ofSeconds(5).toMillis();
  private static final String JSON = "application/json";

  /** The classic text format: OpenMetrics would append exemplars to the bucket lines. */
  private static final String PROMETHEUS_TEXT = "text/plain;version=0.0.4";

  private final ObjectMapper json = new ObjectMapper();
  private final String membership;
  private final String reporting;

  PlatformClient(String membership, String reporting) {
    this.membership = membership;
    this.reporting = reporting;
  }

  /**
   * Must run before the first connection: the JDK reads these once. The default keeps only 5 idle
   * connections per host, so most of 32 clients would reconnect on every request. A POST is never
   * silently re-sent on a broken keep-alive connection: a write must not be counted once and made
   * twice.
   */
  static void configurePool(int connections) {
    System.setProperty("http.maxConnections", Integer.toString(Math.max(5, connections)));
    System.setProperty("sun.net.http.retryPost", "false");
  }

  String token(String sub, String role, String branch) throws IOException, InterruptedException {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", sub);
    claims.put("roles", List.of(role));
    if (branch != null) {
      claims.put("branch", branch);
    }
    Response r = post(membership + "/dev/tokens", null, claims);
    JsonNode token = expectOk(r, "POST /dev/tokens").path("token");
    if (!token.isTextual()) {
      throw new IOException("POST /dev/tokens answered without a token: " + r.body());
    }
    return token.asText();
  }

  void registerBranch(String staffToken, String branchId, String name)
      throws IOException, InterruptedException {
    Map<String, Object> body =
        Map.of(
            "branchId",
            branchId,
            "name",
            name,
            "parentUnion",
            "Công đoàn Viên chức tỉnh",
            "sector",
            "STATE_AGENCY");
    expectOk(post(membership + "/api/branches", staffToken, body), "POST /api/branches");
  }

  void createGroup(String officerToken, String branchId, String groupId, String name)
      throws IOException, InterruptedException {
    String path = "/api/branches/" + branchId + "/groups";
    Map<String, Object> body = Map.of("groupId", groupId, "name", name);
    expectOk(post(membership + path, officerToken, body), "POST " + path);
  }

  Response admitMember(
      String officerToken, String branchId, String groupId, String fullName, String gender)
      throws IOException, InterruptedException {
    Map<String, Object> body =
        Map.of(
            "fullName", fullName,
            "gender", gender,
            "dateOfBirth", "1990-01-01",
            "groupId", groupId,
            "joinedOn", "2024-01-02");
    return post(membership + "/api/branches/" + branchId + "/members", officerToken, body);
  }

  /** Posts a roster file; answers {@code {imported, rejected}}. */
  Response importRoster(String officerToken, String branchId, byte[] csv)
      throws IOException, InterruptedException {
    String url = membership + "/api/branches/" + branchId + "/members/import";
    return send("POST", url, officerToken, JSON, csv, "text/csv; charset=utf-8");
  }

  /** {@code members.total} of the branch's 2024 summary; empty while reporting cannot say. */
  OptionalLong membersTotal(String staffToken, String branchId)
      throws IOException, InterruptedException {
    Response r =
        get(reporting + "/api/reports/branches/" + branchId + "/years/2024", staffToken, JSON);
    if (!r.ok()) {
      // 404 until reporting has seen the branch at all
      return OptionalLong.empty();
    }
    JsonNode total = json.readTree(r.body()).path("members").path("total");
    return total.isNumber() ? OptionalLong.of(total.asLong()) : OptionalLong.empty();
  }

  /** A reporting-service read, timed by the caller; {@code path} starts with "/". */
  Response reporting(String path, String token, String accept)
      throws IOException, InterruptedException {
    return get(reporting + path, token, accept);
  }

  String reportingUrl() {
    return reporting;
  }

  /** The Prometheus exposition of reporting-service, or empty when it cannot be had. */
  Optional<String> reportingMetrics() throws InterruptedException {
    try {
      Response r = get(reporting + "/actuator/prometheus", null, PROMETHEUS_TEXT);
      return r.ok() ? Optional.of(r.body()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private Response post(String url, String token, Object body)
      throws IOException, InterruptedException {
    return send("POST", url, token, JSON, json.writeValueAsBytes(body));
  }

  private static Response get(String url, String token, String accept)
      throws IOException, InterruptedException {
    return send("GET", url, token, accept, null);
  }

  private static Response send(String method, String url, String token, String accept, byte[] body)
      throws IOException, InterruptedException {
    return send(method, url, token, accept, body, "application/json");
  }

  private static Response send(
      String method, String url, String token, String accept, byte[] body, String contentType)
      throws IOException, InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    var c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setConnectTimeout(CONNECT_TIMEOUT_MS);
    c.setReadTimeout(READ_TIMEOUT_MS);
    c.setRequestMethod(method);
    c.setRequestProperty("Accept", accept);
    if (token != null) {
      c.setRequestProperty("Authorization", "Bearer " + token);
    }
    if (body != null) {
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", contentType);
      c.setFixedLengthStreamingMode(body.length);
      try (OutputStream out = c.getOutputStream()) {
        out.write(body);
      }
    }
    int status = c.getResponseCode();
    // reading the body to its end is what returns the connection to the keep-alive cache
    try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
      String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Response(status, text);
    }
  }

  private JsonNode expectOk(Response r, String what) throws IOException {
    if (!r.ok()) {
      throw new IOException(what + " answered " + r.status() + ": " + r.body());
    }
    return r.body().isEmpty() ? json.nullNode() : json.readTree(r.body());
  }
}
