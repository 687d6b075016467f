package vn.congdoan.demo;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress lines on standard output, timestamped, so a log shows where a long load stands. */
final class Progress {
  private Progress() {}

  static synchronized void say(String line) {
    System.out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " demo: " + line);
  }

  static String seconds(long startNanos) {
    return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }
}
