package vn.congdoan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The printed result. A number that was not measured is printed as n/a with the reason and never
 * gets a PASS: a missing lag metric or a run without writes must not look like success.
 */
record Report(
    String setup,
    double writesPerSecond,
    Latency latency,
    Lag lag,
    Drain drain,
    Map<String, Long> errors,
    Map<String, String> errorSamples,
    long warmupErrors,
    Targets targets) {

  record Targets(double writesPerSecond, double latencyP99Millis, double lagP99Millis) {
    static final Targets DEFAULT = new Targets(2000, 100, 1000);
  }

  /** Of accepted writes in the measured window; null when there were none. */
  record Latency(double p50Millis, double p99Millis, double maxMillis) {
    static Latency of(Histogram micros) {
      if (micros.getTotalCount() == 0) {
        return null;
      }
      return new Latency(
          micros.getValueAtPercentile(50) / 1000.0,
          micros.getValueAtPercentile(99) / 1000.0,
          micros.getMaxValue() / 1000.0);
    }
  }

  /** From the projection-lag histogram; {@code missing} says why there is none. */
  record Lag(LagBuckets.Quantile p50, LagBuckets.Quantile p99, long events, String missing) {
    static Lag missing(String why) {
      return new Lag(null, null, 0, why);
    }
  }

  /** Last accepted write → reporting shows every member; {@code millis} &lt; 0 if it never did. */
  record Drain(long millis, long visible, long expected, String missing) {}

  private static final String ROW = "%-24s %-26s %-24s %s";

  String render() {
    var out = new StringBuilder(setup).append('\n');
    List<String> verdicts = new ArrayList<>();
    String v = verdict(writesPerSecond >= targets.writesPerSecond, verdicts);
    String target = "(target ≥ %.0f)".formatted(targets.writesPerSecond);
    row(out, "writes/s sustained", "%.0f".formatted(writesPerSecond), target, v);

    if (latency == null) {
      verdicts.add("n/a");
      row(out, "latency p50 / p99 / max", "n/a", "", "NOT MEASURED");
      note(out, "no write was accepted in the measured window");
    } else {
      String value =
          "%s / %s / %s ms"
              .formatted(ms(latency.p50Millis), ms(latency.p99Millis), ms(latency.maxMillis));
      v = verdict(latency.p99Millis <= targets.latencyP99Millis, verdicts);
      target = "(p99 target ≤ %.0f ms)".formatted(targets.latencyP99Millis);
      row(out, "latency p50 / p99 / max", value, target, v);
    }

    if (lag.missing != null) {
      verdicts.add("n/a");
      row(out, "lag p50 / p99", "n/a", "", "NOT MEASURED");
      note(out, lag.missing);
    } else {
      String value = "%s / %s ms".formatted(ms(lag.p50), ms(lag.p99));
      boolean pass =
          !lag.p99.beyondLastBucket() && lag.p99.seconds() * 1000 <= targets.lagP99Millis;
      v = verdict(pass, verdicts);
      target = "(p99 target ≤ %.0f ms)".formatted(targets.lagP99Millis);
      row(out, "lag p50 / p99", value, target, v);
      note(out, "over %d projected events in the window".formatted(lag.events));
    }

    if (drain.missing != null) {
      row(out, "drain after last write", "n/a", "", "");
      note(out, drain.missing);
    } else if (drain.millis < 0) {
      row(out, "drain after last write", "never", "", "");
      note(out, "only %d of %d members shown".formatted(drain.visible, drain.expected));
    } else {
      row(out, "drain after last write", drain.millis + " ms", "", "");
    }

    long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
    row(out, "errors", Long.toString(errorCount), "", "");
    errors.forEach((kind, n) -> note(out, "%s ×%d".formatted(kind, n)));
    if (warmupErrors > 0) {
      note(out, "plus %d errors during warm-up (not counted)".formatted(warmupErrors));
    }
    errorSamples.forEach((kind, body) -> note(out, "first %s: %s".formatted(kind, clip(body))));

    row(out, "overall", overall(verdicts, errorCount), "", "");
    return out.toString();
  }

  private static void row(
      StringBuilder out, String label, String value, String target, String verdict) {
    out.append(ROW.formatted(label, value, target, verdict).stripTrailing()).append('\n');
  }

  private static void note(StringBuilder out, String text) {
    out.append("  ").append(text).append('\n');
  }

  private static String verdict(boolean pass, List<String> verdicts) {
    String v = pass ? "PASS" : "MISS";
    verdicts.add(v);
    return v;
  }

  private static String overall(List<String> verdicts, long errors) {
    if (verdicts.contains("MISS")) {
      return "MISS";
    }
    if (errors > 0) {
      return "MISS (errors)";
    }
    return verdicts.contains("n/a") ? "INCOMPLETE (something was not measured)" : "PASS";
  }

  private static String ms(LagBuckets.Quantile q) {
    return (q.beyondLastBucket() ? "> " : "") + ms(q.seconds() * 1000);
  }

  private static String ms(double millis) {
    return String.format(Locale.ROOT, millis < 10 ? "%.1f" : "%.0f", millis);
  }

  private static String clip(String body) {
    String line = body == null ? "" : body.replaceAll("\\s+", " ").trim();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
