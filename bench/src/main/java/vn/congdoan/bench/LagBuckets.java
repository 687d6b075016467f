package vn.congdoan.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code reporting.projection.lag} timer's histogram as Prometheus exposes it, summed over all
 * its tags (projection, topic). The {@code quantile} series are not used: they cover a decaying
 * window of the service's whole life, not one run; bucket counts can be subtracted.
 */
final class LagBuckets {
  static final String BUCKET = "reporting_projection_lag_seconds_bucket";

  /** A quantile in seconds; {@code beyondLastBucket}: only known to be above {@code seconds}. */
  record Quantile(double seconds, boolean beyondLastBucket) {}

  /** upper bound (le, seconds) → cumulative count; includes +Inf when exposed */
  private final TreeMap<Double, Double> cumulative;

  private LagBuckets(TreeMap<Double, Double> cumulative) {
    this.cumulative = cumulative;
  }

  static LagBuckets parse(String exposition) {
    var sums = new TreeMap<Double, Double>();
    for (String line : exposition.split("\n")) {
      if (!line.startsWith(BUCKET + "{")) {
        continue;
      }
      int close = closingBrace(line, BUCKET.length() + 1);
      String le = labels(line.substring(BUCKET.length() + 1, close)).get("le");
      String[] rest = line.substring(close + 1).trim().split("\\s+");
      if (le == null || rest.length == 0) {
        continue;
      }
      sums.merge(number(le), number(rest[0]), Double::sum);
    }
    return new LagBuckets(sums);
  }

  boolean isEmpty() {
    return cumulative.isEmpty();
  }

  /** Events counted (the +Inf bucket, or the last one exposed). */
  long count() {
    return cumulative.isEmpty() ? 0 : Math.round(cumulative.lastEntry().getValue());
  }

  /** The counts added since {@code earlier}; a series absent then had counted nothing yet. */
  LagBuckets since(LagBuckets earlier) {
    var delta = new TreeMap<Double, Double>();
    cumulative.forEach(
        (le, n) -> {
          double d = n - earlier.cumulative.getOrDefault(le, 0.0);
          if (d < 0) {
            throw new IllegalStateException(
                "lag histogram went backwards (reporting-service restarted during the run?)");
          }
          delta.put(le, d);
        });
    return new LagBuckets(delta);
  }

  /**
   * The {@code q} quantile (0 &lt; q ≤ 1), interpolated linearly inside its bucket, the way
   * Prometheus' histogram_quantile does. Empty histogram: NaN.
   */
  Quantile quantile(double q) {
    double total = cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
    if (total == 0) {
      return new Quantile(Double.NaN, false);
    }
    double rank = q * total;
    double lowerLe = 0;
    double lowerCount = 0;
    for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
      double le = bucket.getKey();
      double count = bucket.getValue();
      if (count >= rank && count > lowerCount) {
        if (Double.isInfinite(le)) {
          return new Quantile(lowerLe, true);
        }
        return new Quantile(
            lowerLe + (le - lowerLe) * (rank - lowerCount) / (count - lowerCount), false);
      }
      lowerLe = le;
      lowerCount = count;
    }
    // counts not cumulative as promised; say only what is known
    return new Quantile(lowerLe, true);
  }

  private static int closingBrace(String line, int from) {
    boolean quoted = false;
    for (int i = from; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (ch == '}' && !quoted) {
        return i;
      }
    }
    throw new IllegalArgumentException("unterminated labels: " + line);
  }

  /** {@code a="x",le="0.5"} → map; escapes are kept as written, good enough for matching. */
  private static Map<String, String> labels(String text) {
    Map<String, String> labels = new TreeMap<>();
    int i = 0;
    while (i < text.length()) {
      int eq = text.indexOf('=', i);
      if (eq < 0 || eq + 1 >= text.length() || text.charAt(eq + 1) != '"') {
        break;
      }
      int end = eq + 2;
      while (end < text.length() && text.charAt(end) != '"') {
        end += text.charAt(end) == '\\' ? 2 : 1;
      }
      labels.put(
          text.substring(i, eq).trim(), text.substring(eq + 2, Math.min(end, text.length())));
      i = end + 1;
      while (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ' ')) {
        i++;
      }
    }
    return labels;
  }

  private static double number(String text) {
    return switch (text) {
      case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }
}
