package vn.congdoan.reporting.audit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import vn.congdoan.platform.infra.concurrent.DaemonThreads;
import vn.congdoan.platform.infra.concurrent.Futures;

/**
 * Work done on a second thread while the caller goes on, one piece at a time and in the order
 * given: a replay reads and decodes its next batch while the store takes the writes of the one
 * before (each was half of a replay's time, one after the other). A failure reaches the caller at
 * its next {@link #then} or at {@link #close}.
 */
final class Overlapped implements AutoCloseable {
  private final ExecutorService thread;
  private Future<?> running = CompletableFuture.completedFuture(null);

  Overlapped(String name) {
    thread = Executors.newSingleThreadExecutor(DaemonThreads.named(name));
  }

  /** Waits for the piece before, then starts {@code work}. */
  void then(Runnable work) {
    awaitRunning();
    running = thread.submit(work);
  }

  /**
   * {@code work} on the second thread, while the caller does something else; joined by the caller.
   */
  <T> Future<T> meanwhile(Supplier<T> work) {
    return thread.submit(work::get);
  }

  /** Waits for the last piece, rethrowing what it failed with. */
  void awaitRunning() {
    Futures.join(running);
  }

  /**
   * Stops the second thread: a piece still running is interrupted and waited for, so that no write
   * of it lands after the caller has dropped what it wrote into.
   */
  @Override
  public void close() {
    thread.shutdownNow();
    try {
      if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("a replay's writer did not stop within 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
