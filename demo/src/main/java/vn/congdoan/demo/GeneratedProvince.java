package vn.congdoan.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A generated province: hundreds of grassroots unions under eight upper unions, with their members,
 * care, giving, activities and some finance in 2024 and 2025. The same seed gives the same
 * province; branch ids carry the seed ({@code tinh-<seed>-001}), so two seeds do not collide.
 */
public final class GeneratedProvince {
  /** Branches loaded side by side: enough to keep the services busy, not to swamp them. */
  static final int THREADS = 6;

  private GeneratedProvince() {}

  /** The province's plan, without sending anything. */
  static List<ProvinceBranch> plan(int branches, long seed) {
    return ProvincePlanner.plan(branches, seed);
  }

  /**
   * Loads the province. A branch whose last step (its gift to the 2025 support fund) is recorded is
   * passed over; the others are loaded, every write under the key of its step, so that a load
   * resumed after a crash records nothing twice.
   */
  public static void load(Services services, int branches, long seed) {
    long start = System.nanoTime();
    var client = new DemoClient(services);
    List<ProvinceBranch> plan = plan(branches, seed);
    var campaigns = new ArrayList<>(ProvinceCampaigns.OF_2024);
    campaigns.add(ProvinceCampaigns.SUPPORT_FUND_2025);
    ProvinceCampaigns.launch(client, campaigns);
    Set<String> done = loaded(client);
    List<ProvinceBranch> todo = plan.stream().filter(b -> !done.contains(b.id())).toList();
    Progress.say(
        "province (seed "
            + seed
            + "): "
            + plan.size()
            + " branches, "
            + (plan.size() - todo.size())
            + " loaded already, "
            + todo.size()
            + " to load");
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    var finished = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    for (ProvinceBranch b : todo) {
      pool.submit(
          () -> {
            try {
              ProvinceLoader.load(client, b);
            } catch (RuntimeException e) {
              failures.add(b.id() + ": " + e.getMessage());
            }
            int n = finished.incrementAndGet();
            if (n % 25 == 0 || n == todo.size()) {
              Progress.say(
                  "province: "
                      + n
                      + "/"
                      + todo.size()
                      + " branches ("
                      + Progress.seconds(start)
                      + ")");
            }
          });
    }
    pool.shutdown();
    awaitTermination(pool);
    if (!failures.isEmpty()) {
      throw new DemoException(
          failures.size()
              + " of "
              + todo.size()
              + " branches failed to load; first: "
              + failures.get(0));
    }
    CampaignClosings.remitRest(client);
    Progress.say("province: " + plan.size() + " branches loaded in " + Progress.seconds(start));
  }

  /** Branches that gave to the 2025 support fund: those a load finished. */
  private static Set<String> loaded(DemoClient client) {
    Set<String> done = new HashSet<>();
    client
        .campaign(ProvinceCampaigns.SUPPORT_FUND_2025.id())
        .ifPresent(c -> c.path("byBranch").forEach(l -> done.add(l.path("branchId").asText())));
    return done;
  }

  private static void awaitTermination(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // keep waiting: each request has its own timeout, so the pool does end
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
      throw new DemoException("interrupted", e);
    }
  }
}
