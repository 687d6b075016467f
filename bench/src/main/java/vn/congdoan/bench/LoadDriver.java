package vn.congdoan.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives member admissions at a running platform and prints sustained writes/s, write latency and
 * event-to-projection lag next to the targets. Each run registers its own branches, so runs never
 * see each other's members and the platform's demo data does not disturb the drain check.
 */
public final class LoadDriver {
  private record Branch(String id, String groupId, String officerToken) {}

  private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng"};
  private static final String[] MALE = {"An", "Bình", "Cường", "Dũng", "Hùng", "Quốc Khánh"};
  private static final String[] FEMALE = {"Hà", "Lan", "Mai", "Ngọc Ánh", "Thảo", "Yến"};

  /**
   * After the drain, how long the lag histogram may keep growing (other projections, lazy ones).
   */
  private static final Duration SETTLE = Duration.ofSeconds(5);

  private final Options options;
  private final PlatformClient platform;

  private LoadDriver(Options options) {
    this.options = options;
    this.platform = new PlatformClient(options.membership(), options.reporting());
  }

  public static void main(String[] args) throws InterruptedException {
    if (args.length > 0 && args[0].equals("import")) {
      try {
        RosterImportBench.run(args);
      } catch (IOException e) {
        System.err.println("Roster import benchmark failed: " + e.getMessage());
        System.exit(1);
      }
      return;
    }
    if (args.length > 0 && args[0].equals("dashboard")) {
      try {
        DashboardBench.run(args);
      } catch (IOException e) {
        System.err.println("Dashboard benchmark failed: " + e.getMessage());
        System.exit(1);
      }
      return;
    }
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      System.out.print(Options.USAGE);
      return;
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(Options.USAGE);
      System.exit(2);
      return;
    }
    PlatformClient.configurePool(options.clients() + 4);
    try {
      System.out.print(new LoadDriver(options).run().render());
    } catch (IOException e) {
      System.err.println("Could not set up the run against " + options.membership() + ": " + e);
      System.exit(1);
    }
  }

  private Report run() throws IOException, InterruptedException {
    String staff = platform.token("bench", "FEDERATION_STAFF", null);
    List<Branch> branches = setUp(staff);
    System.out.printf(
        "Warming up %s, then measuring %s with %d clients over %d branches...%n",
        text(options.warmup()), text(options.duration()), options.clients(), branches.size());

    Optional<String> reportingBefore = platform.reportingMetrics();
    // replaced by a fresh scrape when the measured window opens (after the warm-up)
    var windowStart = new AtomicReference<>(reportingBefore);
    var load = new WriteLoad(options.clients(), options.warmup(), options.duration());
    WriteLoad.Result result =
        load.run(
            (client, seq) -> {
              Branch b = branches.get(client % branches.size());
              boolean male = seq % 2 == 0;
              return platform.admitMember(
                  b.officerToken,
                  b.id,
                  b.groupId,
                  name(client, seq, male),
                  male ? "MALE" : "FEMALE");
            },
            () -> windowStart.set(metricsQuietly()));

    Map<String, Long> expected = new LinkedHashMap<>();
    for (int c = 0; c < options.clients(); c++) {
      expected.merge(
          branches.get(c % branches.size()).id, result.acceptedPerClient()[c], Long::sum);
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
    Report.Lag lag = lag(windowStart.get());
    String setup =
        "membership %s, reporting %s: %d clients over %d branches, warm-up %s, measured %.1f s, %d writes; driver sees %d CPUs"
            .formatted(
                options.membership(),
                options.reporting(),
                options.clients(),
                branches.size(),
                text(options.warmup()),
                result.windowNanos() / 1e9,
                result.writes(),
                Runtime.getRuntime().availableProcessors());
    return new Report(
        setup,
        result.writesPerSecond(),
        Report.Latency.of(result.latencyMicros()),
        lag,
        drain,
        result.errors(),
        result.errorSamples(),
        result.warmupErrors(),
        Report.Targets.DEFAULT);
  }

  private List<Branch> setUp(String staff) throws IOException, InterruptedException {
    String run = Long.toString(System.currentTimeMillis(), 36);
    List<Branch> branches = new ArrayList<>();
    for (int i = 1; i <= options.branchesUsed(); i++) {
      String id = "bench-" + run + "-" + i;
      platform.registerBranch(staff, id, "Công đoàn cơ sở Thử tải " + run + " số " + i);
      String officer = platform.token("bench-officer", "BRANCH_OFFICER", id);
      platform.createGroup(officer, id, "to-1", "Tổ công đoàn Văn phòng");
      branches.add(new Branch(id, "to-1", officer));
    }
    return branches;
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

  private static String text(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }
}
