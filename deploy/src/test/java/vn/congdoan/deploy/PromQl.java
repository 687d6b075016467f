package vn.congdoan.deploy;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads, without a parser: what is left once strings, label
 * matchers, ranges and grouping clauses are taken out, and functions (a name followed by "(") and
 * keywords are skipped. Enough for the expressions of alerts.yml and the dashboards; a checker, not
 * a validator of PromQL.
 */
final class PromQl {
  private static final Pattern STRINGS =
      Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|`[^`]*`");

  /** {label="value", ...}: label names, and Grafana's $variables among the values. */
  private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");

  /** [5m], [$__rate_interval], [1h:5m]. */
  private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");

  /** by (le, topic), on (instance), group_left (label): label names, not metrics. */
  private static final Pattern GROUPING =
      Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");

  /**
   * A whole identifier (possessive, so "rate(" never yields "rat") not preceded by a word character
   * (the "m" of "5m", the "e3" of "1e3") nor by "$" (a Grafana variable), and not followed by "(".
   */
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![\\w:.$])[A-Za-z_:][\\w:]*+(?!\\s*\\()");

  private static final Set<String> KEYWORDS =
      Set.of(
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "bool",
          "and",
          "or",
          "unless",
          "offset",
          "atan2",
          "inf",
          "nan");

  /** Grafana's label_values(metric-or-selector, label) in a template variable's query. */
  private static final Pattern LABEL_VALUES =
      Pattern.compile("\\s*label_values\\((.*),\\s*[A-Za-z_]\\w*\\s*\\)\\s*");

  private PromQl() {}

  static Set<String> metricNames(String expression) {
    String rest = STRINGS.matcher(expression).replaceAll(" ");
    rest = MATCHERS.matcher(rest).replaceAll(" ");
    rest = RANGES.matcher(rest).replaceAll(" ");
    rest = GROUPING.matcher(rest).replaceAll(" ");
    var names = new TreeSet<String>();
    Matcher m = IDENTIFIER.matcher(rest);
    while (m.find()) {
      if (!KEYWORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
        names.add(m.group());
      }
    }
    return names;
  }

  /**
   * The metric names a Grafana template variable's query reads: label_values(selector, label) reads
   * the selector's metric; label_values(label) alone reads none.
   */
  static Set<String> templateMetricNames(String query) {
    Matcher m = LABEL_VALUES.matcher(query);
    if (m.matches()) {
      return metricNames(m.group(1));
    }
    if (query.strip().startsWith("label_values(")) {
      return Set.of();
    }
    return metricNames(query);
  }
}
