package vn.congdoan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/audit/replays} over HTTP. The broker here is unreachable, so a replay started waits
 * for it (the consumer's API timeout, a minute) and stays running long enough to be in the way of a
 * second one; its reading the topics is proven against a real broker by ReplayIT.
 */
class ReplayApiTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static ReportingApp reporting;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    reporting = new ReportingApp(List.of(), "--platform.audit.rate-limit.requests=10000");
    api = reporting.api;
  }

  @AfterAll
  static void stop() {
    reporting.close();
  }

  private static HttpResponse<String> post(String token) throws Exception {
    var request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + reporting.port + "/api/audit/replays"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void onlyAuditorsAndAdministratorsReplay() throws Exception {
    assertThat(post(api.staff()).statusCode()).isEqualTo(403);
    assertThat(post(api.officer("so-y-te")).statusCode()).isEqualTo(403);
    assertThat(api.get("/api/audit/replays/whatever", api.staff()).status()).isEqualTo(403);
  }

  @Test
  void anUnknownReplayIsNotFound() {
    var response = api.get("/api/audit/replays/nope", api.token("AUDITOR", null));
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aReplayIsAcceptedAndASecondOneWhileItRunsIsAConflictNamingIt() throws Exception {
    var started = post(api.token("AUDITOR", null));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(started.body())
            .get("replayId")
            .asText();

    var second = post(api.token("ADMIN", null));
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(second.body()).contains(id);

    var status = api.get("/api/audit/replays/" + id, api.token("AUDITOR", null));
    assertThat(status.status()).isEqualTo(200);
    assertThat(status.json().get("replayId").asText()).isEqualTo(id);
    assertThat(status.json().get("state").asText()).isEqualTo("RUNNING");
  }
}
