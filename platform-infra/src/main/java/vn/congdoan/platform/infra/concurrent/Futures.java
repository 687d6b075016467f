package vn.congdoan.platform.infra.concurrent;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to another thread, with its failure rethrown as it was thrown. */
public final class Futures {
  private Futures() {}

  /** The work's result; its RuntimeException rethrown; interrupted: the work cancelled. */
  public static <T> T join(Future<T> work) {
    try {
      return work.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      work.cancel(true);
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    }
  }

  /** Waits for every one, also after one failed; then throws the first failure. */
  public static void joinAll(List<? extends Future<?>> works) {
    RuntimeException first = null;
    for (Future<?> work : works) {
      try {
        join(work);
      } catch (CancellationException interrupted) {
        works.forEach(w -> w.cancel(true));
        throw interrupted;
      } catch (RuntimeException failure) {
        first = first == null ? failure : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
