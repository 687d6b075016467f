package vn.congdoan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each caller gets its own budget of audit requests; over it, 429 with Retry-After. */
class AuditRateLimitTest {
  @Test
  void aCallerOverTheLimitIsToldWhenToComeBack() {
    try (var reporting =
        new ReportingApp(
            List.of(),
            "--platform.audit.rate-limit.requests=2",
            "--platform.audit.rate-limit.period=1m")) {
      var api = reporting.api;
      String auditor = api.token("AUDITOR", null);
      assertThat(api.get("/api/audit/events", auditor).status()).isEqualTo(200);
      var streamed = api.get("/api/audit/events?format=ndjson", auditor);
      assertThat(streamed.status()).as(streamed.body()).isEqualTo(200);

      var refused = reporting.api.download("/api/audit/events", auditor, null);

      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
          .isBetween(1L, 60L);
      assertThat(api.get("/api/audit/events", api.token("ADMIN", null)).status())
          .as("another caller")
          .isEqualTo(200);
    }
  }
}
