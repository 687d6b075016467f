package vn.congdoan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.local.StandInService;
import vn.congdoan.local.StandInService.Answer;
import vn.congdoan.reporting.query.EventMother;

/**
 * {@code GET /api/audit/verification}: a stand-in membership-service answers with its
 * recomputation, reporting holds it against the digests that came through "Kafka" (fed to the trail
 * directly).
 */
class VerificationApiTest {
  private static final AtomicReference<String> answer = new AtomicReference<>();
  private static final AtomicReference<Integer> status = new AtomicReference<>(200);
  // what the stand-in's store holds: its digests' roots by position, its first broken link
  private static final AtomicReference<Map<Long, String>> roots = new AtomicReference<>();
  private static final AtomicReference<String> broken = new AtomicReference<>();
  private static StandInService membership;
  private static ReportingApp reporting;
  private static ApiClient api;

  @BeforeAll
  static void start() throws IOException {
    membership =
        StandInService.start(
            "/api/audit/verification", uri -> new Answer(status.get(), answer(uri.getQuery())));
    var events = new EventMother();
    reporting =
        new ReportingApp(
            List.of(
                events.chainDigested("membership", "r0"), events.chainDigested("membership", "r1")),
            "--platform.audit.rate-limit.requests=10000",
            "--reporting.verification.membership-url=" + membership.url(),
            "--reporting.verification.finance-url=" + membership.url(),
            // nothing listens there
            "--reporting.verification.welfare-url=http://127.0.0.1:9");
    api = reporting.api;
  }

  @AfterAll
  static void stop() {
    reporting.close();
    membership.close();
  }

  @BeforeEach
  void intactStore() {
    status.set(200);
    answer.set(null);
    broken.set(null);
    storeHolds(0L, "r0", 1L, "r1");
  }

  private static void storeHolds(Object... positionsAndRoots) {
    Map<Long, String> held = new TreeMap<>();
    for (int i = 0; i < positionsAndRoots.length; i += 2) {
      held.put((Long) positionsAndRoots[i], (String) positionsAndRoots[i + 1]);
    }
    roots.set(held);
  }

  /** The stand-in's recomputation, with the digest asked for by {@code ?digest=}. */
  private static String answer(String query) {
    if (answer.get() != null) {
      return answer.get();
    }
    TreeMap<Long, String> held = new TreeMap<>(roots.get());
    Long asked =
        query != null && query.startsWith("digest=") ? Long.valueOf(query.substring(7)) : null;
    String last = held.isEmpty() ? "null" : digest(held.lastKey(), held.lastEntry().getValue());
    String askedDigest =
        asked == null || !held.containsKey(asked) ? "null" : digest(asked, held.get(asked));
    String first = broken.get() == null ? "null" : broken.get();
    return """
        {"service":"membership","verifiedAt":"2026-11-24T03:00:00Z","intact":%s,"events":120,
         "streams":7,"digests":%d,"headsChecked":9,"brokenLinkCount":%d,"firstBrokenLink":%s,
         "brokenLinks":[],"lastDigest":%s,"askedDigest":%s}
        """
        .formatted(
            broken.get() == null,
            held.size(),
            broken.get() == null ? 0 : 1,
            first,
            last,
            askedDigest);
  }

  private static String digest(long sequence, String root) {
    return "{\"sequence\":%d,\"root\":\"%s\",\"recordedAt\":\"x\"}".formatted(sequence, root);
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
    assertThat(membership.authorization()).isEqualTo("Bearer " + token);
    assertThat(membership.query())
        .as("asks for the digest Kafka carried last")
        .isEqualTo("digest=1");
  }

  @Test
  void aStoreWhoseDigestsWereRewrittenDiffersFromKafka() {
    storeHolds(0L, "r0", 1L, "recomputed");

    var body = verify("membership").json();

    assertThat(body.get("intact").asBoolean()).isFalse();
    assertThat(body.get("publishedCheck").asText()).isEqualTo("DIFFERS");
  }

  @Test
  void aStoreThatLostItsNewestDigestIsFound() {
    storeHolds(0L, "r0");

    var body = verify("membership").json();

    assertThat(body.get("intact").asBoolean()).isFalse();
    assertThat(body.get("publishedCheck").asText()).isEqualTo("MISSING_FROM_STORE");
  }

  @Test
  void aStoreThatSealedMoreSinceIsComparedWhereKafkaStands() {
    storeHolds(0L, "r0", 1L, "r1", 2L, "r2");

    var body = verify("membership").json();

    assertThat(body.get("intact").asBoolean()).isTrue();
    assertThat(body.get("publishedCheck").asText()).isEqualTo("MATCHES");
    assertThat(body.at("/store/lastDigest/sequence").asLong()).isEqualTo(2);
  }

  @Test
  void aStoreRewrittenAndSealedFurtherStillDiffersWhereKafkaStands() {
    // every digest recomputed, and one more added so the store looks ahead of Kafka
    storeHolds(0L, "x0", 1L, "x1", 2L, "x2");

    var body = verify("membership").json();

    assertThat(body.get("intact").asBoolean()).isFalse();
    assertThat(body.get("publishedCheck").asText()).isEqualTo("DIFFERS");
  }

  @Test
  void digestsThatHaveNotReachedReportingYetAreNoAlarm() {
    // finance's stand-in is the same server; no finance digest came through "Kafka"
    var body = verify("finance").json();

    assertThat(body.get("intact").asBoolean()).isTrue();
    assertThat(body.get("publishedCheck").asText()).isEqualTo("NOT_YET_PUBLISHED");
    assertThat(membership.query()).isNull();
  }

  @Test
  void theServicesBrokenLinkIsPassedOn() {
    broken.set(
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
