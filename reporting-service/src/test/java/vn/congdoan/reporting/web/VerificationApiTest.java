package vn.congdoan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.reporting.query.EventMother;

/**
 * {@code GET /api/audit/verification}: a stand-in membership-service answers with its
 * recomputation, reporting holds it against the digests that came through "Kafka" (fed to the trail
 * directly).
 */
class VerificationApiTest {
  private static final AtomicReference<String> answer = new AtomicReference<>();
  private static final AtomicReference<Integer> status = new AtomicReference<>(200);
  private static final AtomicReference<String> seenToken = new AtomicReference<>();
  private static HttpServer membership;
  private static ReportingApp reporting;
  private static ApiClient api;

  @BeforeAll
  static void start() throws IOException {
    membership = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    membership.createContext(
        "/api/audit/verification",
        exchange -> {
          seenToken.set(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status.get(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    membership.start();
    var events = new EventMother();
    reporting =
        new ReportingApp(
            List.of(
                events.chainDigested("membership", "r0"), events.chainDigested("membership", "r1")),
            "--platform.audit.rate-limit.requests=10000",
            "--reporting.verification.membership-url=http://127.0.0.1:"
                + membership.getAddress().getPort(),
            // nothing listens there
            "--reporting.verification.welfare-url=http://127.0.0.1:9");
    api = reporting.api;
  }

  @AfterAll
  static void stop() {
    reporting.close();
    membership.stop(0);
  }

  @BeforeEach
  void intactStore() {
    status.set(200);
    storeAnswers(true, 1, "r1", null);
  }

  private static void storeAnswers(boolean intact, long digest, String root, String broken) {
    answer.set(
        """
        {"service":"membership","verifiedAt":"2026-11-24T03:00:00Z","intact":%s,"events":120,
         "streams":7,"digests":2,"headsChecked":9,"brokenLinkCount":%d,"firstBrokenLink":%s,
         "brokenLinks":[],"lastDigest":{"sequence":%d,"root":"%s","recordedAt":"x"}}
        """
            .formatted(
                intact, broken == null ? 0 : 1, broken == null ? "null" : broken, digest, root));
  }

  private static ApiClient.Response verify(String service) {
    return api.get("/api/audit/verification?service=" + service, api.token("AUDITOR", null));
  }

  @Test
  void onlyAuditorsAndAdministratorsVerify() {
    String path = "/api/audit/verification?service=membership";
    assertThat(api.get(path, api.staff()).status()).isEqualTo(403);
    assertThat(api.get(path, api.officer("so-y-te")).status()).isEqualTo(403);
    assertThat(api.get(path, api.token("ADMIN", null)).status()).isEqualTo(200);
  }

  @Test
  void anIntactStoreWhoseNewestDigestIsTheOnePublishedIsIntact() {
    String token = api.token("AUDITOR", null);
    var response = api.get("/api/audit/verification?service=membership", token);

    assertThat(response.status()).isEqualTo(200);
    var body = response.json();
    assertThat(body.get("intact").asBoolean()).isTrue();
    assertThat(body.get("publishedCheck").asText()).isEqualTo("MATCHES");
    assertThat(body.at("/published/sequence").asLong()).isEqualTo(1);
    assertThat(body.at("/store/events").asLong()).isEqualTo(120);
    assertThat(seenToken.get()).isEqualTo("Bearer " + token);
  }

  @Test
  void aStoreWhoseDigestsWereRewrittenDiffersFromKafka() {
    storeAnswers(true, 1, "recomputed", null);

    var body = verify("membership").json();

    assertThat(body.get("intact").asBoolean()).isFalse();
    assertThat(body.get("publishedCheck").asText()).isEqualTo("DIFFERS");
  }

  @Test
  void aStoreThatLostItsNewestDigestIsFound() {
    storeAnswers(true, 0, "r0", null);

    var body = verify("membership").json();

    assertThat(body.get("intact").asBoolean()).isFalse();
    assertThat(body.get("publishedCheck").asText()).isEqualTo("MISSING_FROM_STORE");
  }

  @Test
  void aDigestNotYetConsumedIsNoAlarm() {
    storeAnswers(true, 2, "r2", null);

    var body = verify("membership").json();

    assertThat(body.get("intact").asBoolean()).isTrue();
    assertThat(body.get("publishedCheck").asText()).isEqualTo("NOT_YET_PUBLISHED");
  }

  @Test
  void theServicesBrokenLinkIsPassedOn() {
    storeAnswers(
        false,
        1,
        "r1",
        """
        {"aggregateId":"m-1","sequence":2,"eventId":"e-2","problem":"CONTENT_CHANGED","detail":"d"}
        """);

    var body = verify("membership").json();

    assertThat(body.get("intact").asBoolean()).isFalse();
    assertThat(body.at("/store/firstBrokenLink/aggregateId").asText()).isEqualTo("m-1");
    assertThat(body.at("/store/firstBrokenLink/sequence").asLong()).isEqualTo(2);
    assertThat(body.at("/store/firstBrokenLink/problem").asText()).isEqualTo("CONTENT_CHANGED");
  }

  @Test
  void aServiceThatDoesNotAnswerIsUnavailableNotAnError() {
    var response = verify("welfare");

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asText()).contains("welfare-service");
  }

  @Test
  void aVerificationAlreadyRunningThereIsAConflict() {
    status.set(409);
    answer.set("{\"title\":\"Conflict\"}");

    assertThat(verify("membership").status()).isEqualTo(409);
  }

  @Test
  void anUnknownOrMissingServiceIsABadRequest() {
    assertThat(verify("payroll").status()).isEqualTo(400);
    assertThat(verify("payroll").json().get("detail").asText()).contains("membership");
    assertThat(api.get("/api/audit/verification", api.token("AUDITOR", null)).status())
        .isEqualTo(400);
  }
}
