package vn.congdoan.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One measured phase: admissions over HTTP to its own branches, then the wait until reporting shows
 * them all and the projection lag of the window. Phases run one after the other, each measuring the
 * lag histogram's growth during its own window only.
 */
final class Phase {
  private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng"};
  private static final String[] MALE = {"An", "Bình", "Cường", "Dũng", "Hùng", "Quốc Khánh"};
  private static final String[] FEMALE = {"Hà", "Lan", "Mai", "Ngọc Ánh", "Thảo", "Yến"};

  /**
   * After the drain, how long the lag histogram may keep growing (other projections, lazy ones).
   */
  private static final Duration SETTLE = Duration.ofSeconds(5);

  private final Options options;
  private final PlatformClient platform;
  private final String staff;

  Phase(Options options, PlatformClient platform, String staff) {
    this.options = options;
    this.platform = platform;
    this.staff = staff;
  }

  /**
   * The branch of a client's next write. Each client strides over all branches, so every branch is
   * written to even with more branches than clients, and clients that keep pace write to different
   * branches; with fewer branches than clients, each branch has its own set of clients.
   */
  static int branchOf(int client, long seq, int clients, int branches) {
    return (int) ((client + seq * clients) % branches);
  }

  Report.Phase run(String name, List<Branches.Branch> branches) throws InterruptedException {
    System.out.printf(
        "%s: warming up %s, then measuring %s with %d clients...%n",
        name, text(options.warmup()), text(options.duration()), options.clients());
    Optional<String> reportingBefore = platform.reportingMetrics();
    // replaced by a fresh scrape when the measured window opens (after the warm-up)
    var windowStart = new AtomicReference<>(reportingBefore);
    // every accepted write, warm-up included, because the reporting side will show them all
    var accepted = new AtomicLongArray(branches.size());
    var load = new WriteLoad(options.clients(), options.warmup(), options.duration());
    WriteLoad.Result result =
        load.run(
            (client, seq) -> {
              int i = branchOf(client, seq, options.clients(), branches.size());
              Branches.Branch b = branches.get(i);
              boolean male = seq % 2 == 0;
              PlatformClient.Response r =
                  platform.admitMember(
                      b.officerToken(),
                      b.id(),
                      b.groupId(),
                      name(client, seq, male),
                      male ? "MALE" : "FEMALE");
              if (r.ok()) {
                accepted.incrementAndGet(i);
              }
              return r;
            },
            () -> windowStart.set(metricsQuietly()));

    Map<String, Long> expected = new LinkedHashMap<>();
    for (int i = 0; i < branches.size(); i++) {
      // a branch without writes may have no summary to poll at all
      if (accepted.get(i) > 0) {
        expected.put(branches.get(i).id(), accepted.get(i));
      }
    }
    Report.Drain drain;
    if (reportingBefore.isEmpty() && platform.reportingMetrics().isEmpty()) {
      drain =
          new Report.Drain(-1, 0, 0, "reporting-service not reachable at " + options.reporting());
    } else {
      drain =
          new DrainWatch(platform, staff)
              .await(expected, result.lastAckNanos(), options.drainTimeout());
    }
    return new Report.Phase(
        name,
        result.windowNanos() / 1e9,
        result.writes(),
        result.writesPerSecond(),
        Report.Latency.of(result.latencyMicros()),
        lag(windowStart.get()),
        drain,
        result.errors(),
        result.errorSamples(),
        result.warmupErrors());
  }

  /** The window's lag from the histogram's growth between window start and a settled end. */
  private Report.Lag lag(Optional<String> atWindowStart) throws InterruptedException {
    Optional<String> now = platform.reportingMetrics();
    if (now.isEmpty()) {
      return Report.Lag.missing("reporting /actuator/prometheus not reachable");
    }
    LagBuckets after = LagBuckets.parse(now.get());
    if (after.isEmpty()) {
      // Micrometer drops a timer whose Prometheus name an earlier gauge already took
      String why =
          now.get().contains("# TYPE reporting_projection_lag_seconds gauge")
              ? "a gauge holds the name reporting_projection_lag_seconds, so the lag timer's"
                  + " histogram is not published"
              : LagBuckets.BUCKET + " not exposed";
      return Report.Lag.missing(why + "; see the drain time");
    }
    // Other projections may still be applying the last events the drain check does not look at.
    long deadline = System.nanoTime() + SETTLE.toNanos();
    while (System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(250);
      LagBuckets next = platform.reportingMetrics().map(LagBuckets::parse).orElse(after);
      if (next.count() == after.count()) {
        break;
      }
      after = next;
    }
    if (atWindowStart.isEmpty()) {
      // without the starting counts the difference would be the service's whole history
      return Report.Lag.missing("reporting metrics not readable when the window opened");
    }
    LagBuckets before = LagBuckets.parse(atWindowStart.get());
    try {
      LagBuckets window = after.since(before);
      if (window.count() == 0) {
        return Report.Lag.missing("no event reached a projection during the run");
      }
      return new Report.Lag(window.quantile(0.5), window.quantile(0.99), window.count(), null);
    } catch (IllegalStateException e) {
      return Report.Lag.missing(e.getMessage());
    }
  }

  private Optional<String> metricsQuietly() {
    try {
      return platform.reportingMetrics();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static String name(int client, long seq, boolean male) {
    String[] given = male ? MALE : FEMALE;
    String family = FAMILY[(int) ((seq + client) % FAMILY.length)];
    return family
        + (male ? " Văn " : " Thị ")
        + given[(int) (seq % given.length)]
        + " "
        + client
        + "-"
        + seq;
  }

  static String text(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }
}
