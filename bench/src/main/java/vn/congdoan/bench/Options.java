package vn.congdoan.bench;

import com.mongodb.ConnectionString;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Command-line flags; the defaults fit a platform started with {@code ./platform up}. */
record Options(
    String membership,
    String reporting,
    String mongo,
    Duration duration,
    Duration warmup,
    int clients,
    int branches,
    int hotBranches,
    Duration drainTimeout) {

  static final String USAGE =
      """
      Usage: ./platform bench [--membership URL] [--reporting URL] [--duration 30s] [--warmup 5s]
                              [--clients 32] [--branches 300] [--hot-branches 8]
                              [--mongo mongodb://127.0.0.1:27018] [--drain-timeout 60s]
        --clients        requests in flight at once (closed loop: each client waits for its answer)
        --branches       branches the first phase spreads its writes over
        --hot-branches   branches of the second phase, the hot case of many writers per branch
                         (0: no second phase)
        --mongo          the platform's store: before the HTTP phases, the documents admissions
                         store are inserted straight into a scratch database there, as the
                         baseline the pipeline's rate is a share of (skipped if not reachable)
        --drain-timeout  how long to wait for the reporting side to show every member
      Each phase warms up, then measures for --duration. Durations: 500ms, 30s, 2m.
             ./platform bench import [lines 5000] [runs 3]
        imports a generated roster into fresh branches and times it to the year summary
      """;

  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)");

  static Options parse(String... args) {
    Map<String, String> flags = new LinkedHashMap<>();
    flags.put("membership", "http://127.0.0.1:8081");
    flags.put("reporting", "http://127.0.0.1:8084");
    flags.put("mongo", "mongodb://127.0.0.1:27018");
    flags.put("duration", "30s");
    flags.put("warmup", "5s");
    flags.put("clients", "32");
    flags.put("branches", "300");
    flags.put("hot-branches", "8");
    flags.put("drain-timeout", "60s");
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument: " + arg);
      }
      String name = arg.substring(2);
      String value;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
      if (!flags.containsKey(name)) {
        throw new IllegalArgumentException("unknown flag: --" + name);
      }
      flags.put(name, value);
    }
    var options =
        new Options(
            url(flags.get("membership")),
            url(flags.get("reporting")),
            mongo(flags.get("mongo")),
            duration("duration", flags.get("duration")),
            duration("warmup", flags.get("warmup")),
            positive("clients", flags.get("clients")),
            positive("branches", flags.get("branches")),
            atLeastZero("hot-branches", flags.get("hot-branches")),
            duration("drain-timeout", flags.get("drain-timeout")));
    if (options.duration.isZero()) {
      throw new IllegalArgumentException("--duration must be more than 0");
    }
    return options;
  }

  static Duration duration(String flag, String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("--" + flag + ": not a duration like 30s: " + text);
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      default -> Duration.ofMinutes(n);
    };
  }

  private static int positive(String flag, String text) {
    return wholeNumber(flag, text, 1, "above 0");
  }

  private static int atLeastZero(String flag, String text) {
    return wholeNumber(flag, text, 0, "of 0 or more");
  }

  private static int wholeNumber(String flag, String text, int least, String words) {
    try {
      int n = Integer.parseInt(text.trim());
      if (n >= least) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with the flag's name
    }
    throw new IllegalArgumentException(
        "--" + flag + " must be a whole number " + words + ": " + text);
  }

  /** Checked here, so that a mistyped URI fails at once rather than after the setup. */
  private static String mongo(String text) {
    String uri = text.trim();
    try {
      new ConnectionString(uri);
      return uri;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--mongo: not a MongoDB connection string: " + text);
    }
  }

  private static String url(String text) {
    String url = text.trim();
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new IllegalArgumentException("not an http(s) URL: " + text);
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
