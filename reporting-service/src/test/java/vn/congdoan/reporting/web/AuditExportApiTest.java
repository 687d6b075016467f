package vn.congdoan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.reporting.projection.ReportingStore;

/**
 * An audit download is whole, however long it takes, or it visibly fails: never a 200 that simply
 * stops (newest first, as by default). The trail is large (about 20 MB) so that the service is
 * still reading it from the database when the client has its first lines.
 */
class AuditExportApiTest {
  private static final int EVENTS = 20_000;
  private static final String PADDING = "Nguyễn Thị Ánh, tổ Công đoàn ".repeat(30);
  private ReportingApp reporting;

  private void start(String... settings) {
    List<String> all = new ArrayList<>(List.of(settings));
    all.add("--platform.audit.rate-limit.requests=10000");
    // The store stopped below is given up on quickly.
    all.add("--platform.mongo.server-selection-timeout=500ms");
    all.add("--platform.mongo.connect-timeout=500ms");
    reporting = new ReportingApp(List.of(), all.toArray(String[]::new));
    List<Document> trail = new ArrayList<>();
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < EVENTS; i++) {
      trail.add(
          new Document("_id", String.format("evt-%06d", i))
              .append("service", "membership")
              .append("type", "membership.MemberAdmitted")
              .append("revision", "1")
              .append("aggregateType", "Branch")
              .append("aggregateId", "so-tai-chinh")
              .append("sequence", (long) i)
              .append("timestamp", Date.from(start.plusSeconds(i)))
              .append("user", "officer")
              .append("correlationId", "c-" + i)
              .append("branchId", "so-tai-chinh")
              .append("payload", new Document("note", PADDING)));
    }
    reporting
        .mongo
        .database("reporting")
        .getCollection(ReportingStore.AUDIT_EVENTS)
        .insertMany(trail);
  }

  @AfterEach
  void stop() {
    reporting.close();
  }

  private BufferedReader download() throws Exception {
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:" + reporting.port + "/api/audit/events?format=ndjson"))
            .header("Authorization", "Bearer " + reporting.api.token("AUDITOR", null))
            .build();
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
  }

  @Test
  void aDownloadOutlastingTheServersAsyncTimeoutComesWhole() throws Exception {
    // The servlet container's async timeout, 30 s unless configured, made short.
    start("--spring.mvc.async.request-timeout=200ms");
    try (BufferedReader lines = download()) {
      assertThat(lines.readLine()).contains("evt-019999");
      // A slow client: the container checks its timeouts every second.
      await().pollDelay(Duration.ofMillis(2500)).until(() -> true);

      assertThat(lines.lines().count()).isEqualTo(EVENTS - 1);
    }
  }

  @Test
  void aDownloadTheStoreStopsFeedingIsBrokenOffNotEndedAsIfWhole() throws Exception {
    start();
    try (BufferedReader lines = download()) {
      assertThat(lines.readLine()).contains("evt-019999");

      reporting.mongo.close();

      assertThatThrownBy(() -> lines.lines().count()).hasRootCauseInstanceOf(IOException.class);
    }
  }

  @Test
  void aDownloadPastItsOwnDeadlineIsBrokenOffNotEndedAsIfWhole() throws Exception {
    start("--reporting.audit.export.timeout=1s");
    try (BufferedReader lines = download()) {
      assertThat(lines.readLine()).contains("evt-019999");
      await().pollDelay(Duration.ofMillis(1500)).until(() -> true);

      assertThatThrownBy(() -> lines.lines().count()).hasRootCauseInstanceOf(IOException.class);
    }
  }
}
