package vn.congdoan.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Polls the reporting summaries until each branch shows every member accepted for it. Measured from
 * the last acknowledged write to the answer that showed the last branch complete, so the poll
 * interval and one request's time are included: an upper bound, never flattering.
 */
final class DrainWatch {
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final PlatformClient platform;
  private final String staffToken;

  DrainWatch(PlatformClient platform, String staffToken) {
    this.platform = platform;
    this.staffToken = staffToken;
  }

  Report.Drain await(Map<String, Long> expectedPerBranch, long lastAckNanos, Duration timeout)
      throws InterruptedException {
    Map<String, Long> pending = new LinkedHashMap<>(expectedPerBranch);
    Map<String, Long> visible = new LinkedHashMap<>();
    long expected = expectedPerBranch.values().stream().mapToLong(Long::longValue).sum();
    long deadline = System.nanoTime() + timeout.toNanos();
    String lastProblem = null;
    while (true) {
      long round = System.nanoTime();
      for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
        var branch = it.next();
        try {
          OptionalLong total = platform.membersTotal(staffToken, branch.getKey());
          visible.put(branch.getKey(), total.orElse(0));
          // ≥: a write that timed out on our side may still have been accepted
          if (total.isPresent() && total.getAsLong() >= branch.getValue()) {
            it.remove();
          }
        } catch (IOException e) {
          lastProblem = e.toString();
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
