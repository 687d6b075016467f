package vn.congdoan.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Polls the reporting summaries until each branch shows every member accepted for it. Measured from
 * the last acknowledged write to the answer that showed the last branch complete, so the poll
 * interval and one round of requests are included: an upper bound, never flattering.
 */
final class DrainWatch {
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  /**
   * Branches asked at once. One after the other, a round over 300 branches would take seconds and
   * the drain would measure the polling; more at once would take the CPUs from the projections.
   */
  private static final int PARALLEL = 8;

  private final PlatformClient platform;
  private final String staffToken;

  DrainWatch(PlatformClient platform, String staffToken) {
    this.platform = platform;
    this.staffToken = staffToken;
  }

  Report.Drain await(Map<String, Long> expectedPerBranch, long lastAckNanos, Duration timeout)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      return await(pool, expectedPerBranch, lastAckNanos, timeout);
    } finally {
      pool.shutdownNow();
    }
  }

  private Report.Drain await(
      ExecutorService pool,
      Map<String, Long> expectedPerBranch,
      long lastAckNanos,
      Duration timeout)
      throws InterruptedException {
    Map<String, Long> pending = new LinkedHashMap<>(expectedPerBranch);
    Map<String, Long> visible = new LinkedHashMap<>();
    long expected = expectedPerBranch.values().stream().mapToLong(Long::longValue).sum();
    long deadline = System.nanoTime() + timeout.toNanos();
    String lastProblem = null;
    while (true) {
      long round = System.nanoTime();
      List<String> asked = new ArrayList<>(pending.keySet());
      List<Callable<OptionalLong>> questions = new ArrayList<>();
      asked.forEach(branch -> questions.add(() -> platform.membersTotal(staffToken, branch)));
      List<Future<OptionalLong>> answers = pool.invokeAll(questions);
      for (int i = 0; i < asked.size(); i++) {
        String branch = asked.get(i);
        try {
          OptionalLong total = answers.get(i).get();
          visible.put(branch, total.orElse(0));
          // ≥: a write that timed out on our side may still have been accepted
          if (total.isPresent() && total.getAsLong() >= pending.get(branch)) {
            pending.remove(branch);
          }
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof IOException)) {
            throw new IllegalStateException("polling " + branch + " failed", e.getCause());
          }
          lastProblem = e.getCause().toString();
        }
      }
      long now = System.nanoTime();
      if (pending.isEmpty()) {
        return new Report.Drain(
            TimeUnit.NANOSECONDS.toMillis(now - lastAckNanos), expected, expected, null);
      }
      if (now >= deadline) {
        long seen = visible.values().stream().mapToLong(Long::longValue).sum();
        if (visible.isEmpty() && lastProblem != null) {
          return new Report.Drain(
              -1, 0, expected, "reporting-service not answering: " + lastProblem);
        }
        return new Report.Drain(-1, Math.min(seen, expected), expected, null);
      }
      TimeUnit.NANOSECONDS.sleep(Math.max(0, round + POLL_NANOS - System.nanoTime()));
    }
  }
}
