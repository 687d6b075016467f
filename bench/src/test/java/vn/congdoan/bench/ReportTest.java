package vn.congdoan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final Report.Lag FAST_LAG =
      new Report.Lag(
          new LagBuckets.Quantile(0.12, false), new LagBuckets.Quantile(0.64, false), 900, null);
  private static final Report.Drain DRAINED = new Report.Drain(380, 10, 10, null);

  private static Report report(
      double writesPerSecond, Histogram latency, Report.Lag lag, Map<String, Long> errors) {
    return new Report(
        "setup",
        writesPerSecond,
        Report.Latency.of(latency),
        lag,
        DRAINED,
        errors,
        Map.of(),
        0,
        Report.Targets.DEFAULT);
  }

  private static Histogram micros(long... values) {
    var h = new Histogram(3);
    for (long v : values) {
      h.recordValue(v);
    }
    return h;
  }

  private static String line(String text, String label) {
    return text.lines().filter(l -> l.startsWith(label)).findFirst().orElseThrow();
  }

  @Test
  void latencyPercentilesComeFromTheHistogramInMilliseconds() {
    var h = new Histogram(3);
    for (int i = 1; i <= 100; i++) {
      h.recordValue(i * 1000L);
    }
    var latency = Report.Latency.of(h);
    assertThat(latency.p50Millis()).isBetween(49.9, 50.1);
    assertThat(latency.p99Millis()).isBetween(98.9, 99.1);
    assertThat(latency.maxMillis()).isBetween(99.9, 100.1);
  }

  @Test
  void numbersWithinTheTargetsPass() {
    String text = report(2345, micros(12_000, 48_000), FAST_LAG, Map.of()).render();
    assertThat(line(text, "writes/s")).contains("2345", "≥ 2000", "PASS");
    assertThat(line(text, "latency")).contains("12 / 48 / 48 ms", "PASS");
    assertThat(line(text, "lag")).contains("120 / 640 ms", "PASS");
    assertThat(line(text, "drain")).contains("380 ms");
    assertThat(line(text, "overall")).contains("PASS");
  }

  @Test
  void numbersOverTheTargetsMiss() {
    String text = report(1500, micros(150_000), FAST_LAG, Map.of()).render();
    assertThat(line(text, "writes/s")).endsWith("MISS");
    assertThat(line(text, "latency")).endsWith("MISS");
    assertThat(line(text, "overall")).contains("MISS");
  }

  @Test
  void aLagBeyondTheLastBucketMisses() {
    var lag =
        new Report.Lag(
            new LagBuckets.Quantile(0.1, false), new LagBuckets.Quantile(30, true), 5, null);
    String text = report(2345, micros(1_000), lag, Map.of()).render();
    assertThat(line(text, "lag")).contains("> 30000 ms").endsWith("MISS");
  }

  @Test
  void whatWasNotMeasuredNeverPasses() {
    String text = report(0, micros(), Report.Lag.missing("metric not exposed"), Map.of()).render();
    assertThat(line(text, "latency")).contains("n/a").endsWith("NOT MEASURED");
    assertThat(line(text, "lag")).contains("n/a").endsWith("NOT MEASURED");
    assertThat(text).contains("  metric not exposed");
    assertThat(line(text, "overall")).doesNotContain("PASS");
  }

  @Test
  void errorsAreListedByKindAndSpoilTheOverallVerdict() {
    var errors = new TreeMap<>(Map.of("HTTP 409", 2L, "SocketTimeoutException", 1L));
    String text = report(2345, micros(1_000), FAST_LAG, errors).render();
    assertThat(line(text, "errors")).endsWith(" 3");
    assertThat(text).contains("  HTTP 409 ×2\n", "  SocketTimeoutException ×1\n");
    assertThat(line(text, "overall")).contains("MISS (errors)");
  }

  @Test
  void aProjectionThatNeverCaughtUpIsShownAsSuch() {
    var report =
        new Report(
            "setup",
            2345,
            Report.Latency.of(micros(1_000)),
            FAST_LAG,
            new Report.Drain(-1, 7, 10, null),
            Map.of(),
            Map.of(),
            0,
            Report.Targets.DEFAULT);
    String text = report.render();
    assertThat(line(text, "drain")).contains("never");
    assertThat(text).contains("only 7 of 10 members shown");
  }
}
