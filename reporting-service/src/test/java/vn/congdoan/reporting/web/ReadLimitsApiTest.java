package vn.congdoan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.query.EventMother;

/** Reads that cost: asOf readings per caller, live streams per user and in total. */
class ReadLimitsApiTest {
  private static final String BRANCH = "so-tai-chinh";
  private static final String SUMMARY = "/api/reports/branches/" + BRANCH + "/years/2024";
  private static ReportingApp reporting;
  private static Delivery registered;
  private final List<LiveStream> streams = new ArrayList<>();

  @BeforeAll
  static void start() {
    registered = new EventMother().branchRegistered(BRANCH, "Công đoàn cơ sở Sở Tài chính");
    reporting =
        new ReportingApp(
            List.of(registered),
            "--reporting.as-of.requests=2",
            "--reporting.as-of.period=1m",
            "--reporting.live.max-per-user=2",
            "--reporting.live.max-total=3");
  }

  @AfterAll
  static void stop() {
    reporting.close();
  }

  private static void expectTooMany(HttpResponse<byte[]> refused, long atMostSeconds) {
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, atMostSeconds);
  }

  @Test
  void asOfReadingsBeyondTheCallersBudgetAreToldWhenToComeBack() {
    var api = reporting.api;
    String auditor = api.token("AUDITOR", null);
    String asOf = SUMMARY + "?asOf=" + registered.envelope().timestamp();
    assertThat(api.get(asOf, auditor).status()).isEqualTo(200);
    String at = "?asOf=" + registered.envelope().timestamp();
    assertThat(api.get("/api/reports/branches/" + BRANCH + "/years/2023" + at, auditor).status())
        .isEqualTo(200);

    expectTooMany(api.download(asOf, auditor, "application/json"), 60);
    expectTooMany(
        api.download(
            SUMMARY + "/document?asOf=" + registered.envelope().timestamp(),
            auditor,
            "application/pdf"),
        60);

    assertThat(api.get(SUMMARY, auditor).status()).as("the live figures").isEqualTo(200);
    assertThat(api.get(asOf, api.token("ADMIN", null)).status())
        .as("another caller")
        .isEqualTo(200);
  }

  @Test
  void liveStreamsBeyondTheUsersShareOrTheTotalAreRefused() throws Exception {
    var api = reporting.api;
    String staff = api.token("FEDERATION_STAFF", null);
    open(staff);
    open(staff);

    expectTooMany(api.download("/api/reports/live", staff, "text/event-stream"), 15);

    open(api.token("AUDITOR", null));
    expectTooMany(
        api.download("/api/reports/live", api.token("ADMIN", null), "text/event-stream"), 15);
    streams.forEach(LiveStream::close);
  }

  private void open(String token) throws Exception {
    var stream = new LiveStream(reporting.port, token);
    streams.add(stream);
    assertThat(stream.status).isEqualTo(200);
  }
}
