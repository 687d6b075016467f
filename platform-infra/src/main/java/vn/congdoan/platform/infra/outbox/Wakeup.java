package vn.congdoan.platform.infra.outbox;

import java.time.Duration;

/** Lets a writer wake a sleeping background loop without the loop polling hard. */
public final class Wakeup {
  private boolean signalled;

  public synchronized void signal() {
    signalled = true;
    notifyAll();
  }

  /** Waits until signalled or the timeout passes; clears the signal. */
  public synchronized void await(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!signalled) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    signalled = false;
  }
}
