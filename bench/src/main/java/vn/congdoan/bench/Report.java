package vn.congdoan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.HdrHistogram.Histogram;

/**
 * The printed result: the store-only baseline, then each measured phase in a column of its own next
 * to the targets. A number that was not measured is printed as n/a with the reason and never gets a
 * PASS: a missing lag metric or a run without writes must not look like success.
 */
record Report(String setup, Baseline baseline, List<Phase> phases, Targets targets) {

  /** The targets for the HTTP write path on the 2-core machine. */
  record Targets(double writesPerSecond, double latencyP99Millis, double lagP99Millis) {
    static final Targets DEFAULT = new Targets(1000, 100, 500);
  }

  /**
   * Admissions' documents inserted straight into the store; {@code skipped} says why there is none.
   */
  record Baseline(
      double admissionsPerSecond, int documentsPerAdmission, String detail, String skipped) {
    static Baseline skipped(String why) {
      return new Baseline(0, 0, null, why);
    }

    double documentsPerSecond() {
      return admissionsPerSecond * documentsPerAdmission;
    }
  }

  /** One measured phase of HTTP writes, named for its column. */
  record Phase(
      String name,
      double seconds,
      long writes,
      double writesPerSecond,
      Latency latency,
      Lag lag,
      Drain drain,
      Map<String, Long> errors,
      Map<String, String> errorSamples,
      long warmupErrors) {

    long errorCount() {
      return errors.values().stream().mapToLong(Long::longValue).sum();
    }
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

  private static final String LABEL = "%-26s";
  private static final String CELL = " %-27s";

  String render() {
    var out = new StringBuilder(setup).append('\n');
    if (baseline.skipped != null) {
      out.append("store-only baseline: skipped (").append(baseline.skipped).append(")\n");
    } else {
      out.append(
          "store-only baseline: %.0f admissions/s (%.0f documents/s)\n"
              .formatted(baseline.admissionsPerSecond, baseline.documentsPerSecond()));
      note(out, baseline.detail);
    }
    out.append('\n');
    row(out, "", p -> p.name, "target");
    row(
        out,
        "writes/s sustained",
        p ->
            judged(
                "%.0f".formatted(p.writesPerSecond), p.writesPerSecond >= targets.writesPerSecond),
        "≥ %.0f".formatted(targets.writesPerSecond));
    row(out, "  of store-only baseline", this::shareOfBaseline, "");
    row(
        out,
        "latency p50 / p99 / max",
        this::latency,
        "p99 ≤ %.0f ms".formatted(targets.latencyP99Millis));
    row(out, "lag p50 / p99", this::lag, "p99 ≤ %.0f ms".formatted(targets.lagP99Millis));
    row(
        out,
        "measured",
        p -> String.format(Locale.ROOT, "%.1f s, %d writes", p.seconds, p.writes),
        "");
    row(out, "drain after last write", Report::drain, "");
    row(out, "errors", p -> Long.toString(p.errorCount()), "");
    row(out, "overall", this::overall, "");
    for (Phase p : phases) {
      List<String> notes = notes(p);
      if (!notes.isEmpty()) {
        out.append(p.name).append(":\n");
        notes.forEach(n -> note(out, n));
      }
    }
    return out.toString();
  }

  private String shareOfBaseline(Phase p) {
    if (baseline.skipped != null || baseline.admissionsPerSecond <= 0) {
      return "n/a";
    }
    return "%.0f%%".formatted(100 * p.writesPerSecond / baseline.admissionsPerSecond);
  }

  private String latency(Phase p) {
    if (p.latency == null) {
      return "n/a NOT MEASURED";
    }
    Latency l = p.latency;
    return judged(
        "%s / %s / %s ms".formatted(ms(l.p50Millis), ms(l.p99Millis), ms(l.maxMillis)), passes(l));
  }

  private boolean passes(Latency l) {
    return l.p99Millis <= targets.latencyP99Millis;
  }

  private boolean passes(Lag lag) {
    return !lag.p99.beyondLastBucket() && lag.p99.seconds() * 1000 <= targets.lagP99Millis;
  }

  private String lag(Phase p) {
    if (p.lag.missing != null) {
      return "n/a NOT MEASURED";
    }
    return judged("%s / %s ms".formatted(ms(p.lag.p50), ms(p.lag.p99)), passes(p.lag));
  }

  private static String drain(Phase p) {
    if (p.drain.missing != null) {
      return "n/a";
    }
    return p.drain.millis < 0 ? "never" : p.drain.millis + " ms";
  }

  private String overall(Phase p) {
    boolean missed =
        p.writesPerSecond < targets.writesPerSecond
            || (p.latency != null && !passes(p.latency))
            || (p.lag.missing == null && !passes(p.lag));
    if (missed) {
      return "MISS";
    }
    if (p.errorCount() > 0) {
      return "MISS (errors)";
    }
    return p.latency == null || p.lag.missing != null
        ? "INCOMPLETE (something was not measured)"
        : "PASS";
  }

  private static List<String> notes(Phase p) {
    List<String> notes = new ArrayList<>();
    if (p.latency == null) {
      notes.add("no write was accepted in the measured window");
    }
    notes.add(
        p.lag.missing != null
            ? "lag: " + p.lag.missing
            : "lag over %d projected events in the window".formatted(p.lag.events));
    if (p.drain.missing != null) {
      notes.add("drain: " + p.drain.missing);
    } else if (p.drain.millis < 0) {
      notes.add("only %d of %d members shown".formatted(p.drain.visible, p.drain.expected));
    }
    p.errors.forEach((kind, n) -> notes.add("%s ×%d".formatted(kind, n)));
    if (p.warmupErrors > 0) {
      notes.add("plus %d errors during warm-up (not counted)".formatted(p.warmupErrors));
    }
    p.errorSamples.forEach((kind, body) -> notes.add("first %s: %s".formatted(kind, clip(body))));
    return notes;
  }

  /** A label, one cell per phase, then the target: the phases side by side. */
  private void row(StringBuilder out, String label, Function<Phase, String> cell, String target) {
    var line = new StringBuilder(LABEL.formatted(label));
    phases.forEach(p -> line.append(CELL.formatted(cell.apply(p))));
    line.append(' ').append(target);
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static void note(StringBuilder out, String text) {
    out.append("  ").append(text).append('\n');
  }

  private static String judged(String value, boolean pass) {
    return value + (pass ? " PASS" : " MISS");
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
