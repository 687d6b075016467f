package vn.congdoan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final Report.Lag FAST_LAG =
      new Report.Lag(
          new LagBuckets.Quantile(0.12, false), new LagBuckets.Quantile(0.34, false), 900, null);
  private static final Report.Drain DRAINED = new Report.Drain(380, 10, 10, null);
  private static final Report.Baseline BASELINE =
      new Report.Baseline(800, 4, "4 inserts per admission", null);

  private static Report.Phase phase(
      String name, double writesPerSecond, Histogram latency, Report.Lag lag) {
    return phase(name, writesPerSecond, latency, lag, Map.of());
  }

  private static Report.Phase phase(
      String name,
      double writesPerSecond,
      Histogram latency,
      Report.Lag lag,
      Map<String, Long> errors) {
    return new Report.Phase(
        name,
        30,
        Math.round(writesPerSecond * 30),
        writesPerSecond,
        Report.Latency.of(latency),
        lag,
        DRAINED,
        errors,
        Map.of(),
        0);
  }

  private static String render(Report.Baseline baseline, Report.Phase... phases) {
    return new Report("setup", baseline, List.of(phases), Report.Targets.DEFAULT).render();
  }

  private static Histogram micros(long... values) {
    var h = new Histogram(3);
    for (long v : values) {
      h.recordValue(v);
    }
    return h;
  }

  /** The row naming the columns: no label, so found by its last column. */
  private static String header(String text) {
    return text.lines().filter(l -> l.endsWith(" target")).findFirst().orElseThrow();
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
  void bothPhasesStandSideBySideWithTheTargets() {
    String text =
        render(
            BASELINE,
            phase("300 branches", 1234, micros(12_000, 48_000), FAST_LAG),
            phase("8 branches (hot)", 640, micros(20_000, 150_000), FAST_LAG));
    assertThat(header(text)).contains("300 branches", "8 branches (hot)", "target");
    String writes = line(text, "writes/s");
    assertThat(writes).contains("1234 PASS", "640 MISS", "≥ 1000");
    assertThat(writes.indexOf("1234")).isLessThan(writes.indexOf("640"));
    assertThat(line(text, "latency")).contains("12 / 48 / 48 ms PASS", "MISS", "p99 ≤ 100 ms");
    assertThat(line(text, "lag")).contains("120 / 340 ms PASS", "p99 ≤ 500 ms");
    assertThat(line(text, "drain")).contains("380 ms");
    assertThat(line(text, "overall")).contains("PASS", "MISS");
    // the columns line up: every row's second cell starts where the header's does
    int column = header(text).indexOf("8 branches (hot)");
    assertThat(writes.indexOf("640")).isEqualTo(column);
  }

  @Test
  void theBaselineIsPrintedAndEachPhaseIsAShareOfIt() {
    String text =
        render(
            new Report.Baseline(812.4, 4, "4 inserts per admission, 32 clients", null),
            phase("300 branches", 406.2, micros(1_000), FAST_LAG),
            phase("8 branches (hot)", 203.1, micros(1_000), FAST_LAG));
    assertThat(text).contains("store-only baseline: 812 admissions/s (3250 documents/s)\n");
    assertThat(text).contains("  4 inserts per admission, 32 clients\n");
    assertThat(line(text, "  of store-only baseline")).contains("50%", "25%");
  }

  @Test
  void aSkippedBaselineSaysWhyAndLeavesTheShareOpen() {
    String text =
        render(
            Report.Baseline.skipped("store not reachable at mongodb://127.0.0.1:27018: refused"),
            phase("300 branches", 1234, micros(1_000), FAST_LAG));
    assertThat(text)
        .contains(
            "store-only baseline: skipped (store not reachable at mongodb://127.0.0.1:27018:"
                + " refused)");
    assertThat(line(text, "  of store-only baseline")).contains("n/a").doesNotContain("%");
    // the HTTP figures are still judged
    assertThat(line(text, "overall")).contains("PASS");
  }

  @Test
  void withoutAHotPhaseThereIsOneColumn() {
    String text = render(BASELINE, phase("300 branches", 1234, micros(1_000), FAST_LAG));
    assertThat(header(text)).contains("300 branches").doesNotContain("hot");
    assertThat(line(text, "overall")).containsOnlyOnce("PASS");
  }

  @Test
  void aLagBeyondTheLastBucketMisses() {
    var lag =
        new Report.Lag(
            new LagBuckets.Quantile(0.1, false), new LagBuckets.Quantile(30, true), 5, null);
    String text = render(BASELINE, phase("300 branches", 2345, micros(1_000), lag));
    assertThat(line(text, "lag")).contains("> 30000 ms MISS");
    assertThat(line(text, "overall")).contains("MISS");
  }

  @Test
  void aLagOverTheTargetMissesInThatPhaseOnly() {
    var slow =
        new Report.Lag(
            new LagBuckets.Quantile(0.2, false), new LagBuckets.Quantile(0.9, false), 50, null);
    String text =
        render(
            BASELINE,
            phase("300 branches", 2345, micros(1_000), FAST_LAG),
            phase("8 branches (hot)", 2345, micros(1_000), slow));
    assertThat(line(text, "lag")).contains("120 / 340 ms PASS", "200 / 900 ms MISS");
    assertThat(line(text, "overall")).matches("overall +PASS +MISS");
  }

  @Test
  void whatWasNotMeasuredNeverPasses() {
    String text =
        render(
            BASELINE, phase("300 branches", 0, micros(), Report.Lag.missing("metric not exposed")));
    assertThat(line(text, "latency")).contains("n/a NOT MEASURED");
    assertThat(line(text, "lag")).contains("n/a NOT MEASURED");
    assertThat(text).contains("300 branches:\n", "  lag: metric not exposed\n");
    assertThat(line(text, "overall")).doesNotContain("PASS");
  }

  @Test
  void errorsAreListedByKindUnderTheirPhaseAndSpoilItsVerdict() {
    var errors = new TreeMap<>(Map.of("HTTP 409", 2L, "SocketTimeoutException", 1L));
    String text =
        render(
            BASELINE,
            phase("300 branches", 2345, micros(1_000), FAST_LAG),
            phase("8 branches (hot)", 2345, micros(1_000), FAST_LAG, errors));
    assertThat(line(text, "errors")).matches("errors +0 +3");
    assertThat(text.substring(text.indexOf("8 branches (hot):\n")))
        .contains("  HTTP 409 ×2\n", "  SocketTimeoutException ×1\n");
    assertThat(line(text, "overall")).contains("PASS", "MISS (errors)");
  }

  @Test
  void aProjectionThatNeverCaughtUpIsShownAsSuch() {
    var stuck =
        new Report.Phase(
            "300 branches",
            30,
            70_000,
            2345,
            Report.Latency.of(micros(1_000)),
            FAST_LAG,
            new Report.Drain(-1, 7, 10, null),
            Map.of(),
            Map.of(),
            0);
    String text = render(BASELINE, stuck);
    assertThat(line(text, "drain")).contains("never");
    assertThat(line(text, "measured")).contains("30.0 s, 70000 writes");
    assertThat(text).contains("only 7 of 10 members shown");
  }
}
