package vn.congdoan.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives member admissions at a running platform and prints sustained writes/s, write latency and
 * event-to-projection lag next to the targets: first a store-only baseline, then a phase spread
 * over many branches, then the hot case of few branches with many writers each.
 */
public final class LoadDriver {
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
    // first, so that a platform that is not up is reported before anything else runs
    String staff = platform.token("bench", "FEDERATION_STAFF", null);
    String run = Long.toString(System.currentTimeMillis(), 36);
    // before any HTTP load, while the store has nothing else to do
    Report.Baseline baseline = StoreBaseline.run(options, run);
    if (baseline.skipped() != null) {
      System.out.println("store-only baseline skipped: " + baseline.skipped());
    }

    int hot = options.hotBranches();
    System.out.printf("Registering %d branches, each with a group...%n", options.branches() + hot);
    List<Branches.Branch> spread =
        Branches.register(platform, staff, "bench-" + run, options.branches());
    List<Branches.Branch> hotBranches =
        Branches.register(platform, staff, "bench-" + run + "-hot", hot);

    var phase = new Phase(options, platform, staff);
    List<Report.Phase> phases = new ArrayList<>();
    phases.add(phase.run(options.branches() + " branches", spread));
    if (hot > 0) {
      phases.add(phase.run(hot + " branches (hot)", hotBranches));
    }
    String setup =
        "membership %s, reporting %s, store %s: %d clients, warm-up %s and %s measured per phase; driver sees %d CPUs"
            .formatted(
                options.membership(),
                options.reporting(),
                options.mongo(),
                options.clients(),
                Phase.text(options.warmup()),
                Phase.text(options.duration()),
                Runtime.getRuntime().availableProcessors());
    return new Report(setup, baseline, phases, Report.Targets.DEFAULT);
  }
}
