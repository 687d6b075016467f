package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The same kind of write sent again and again by a few writers spread over several instances of a
 * service (writer i to instance i modulo their number), counting what was acknowledged. A write
 * that an instance gone dead cannot answer is not acknowledged, and the writer waits a moment.
 */
final class RepeatedWrites {
  private final AtomicInteger acknowledged = new AtomicInteger();
  private final Map<Integer, Integer> refused = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicBoolean writing = new AtomicBoolean(true);
  private final ExecutorService writers;

  /** {@code body} makes the n-th write's body. */
  RepeatedWrites(
      List<String> services, String path, String token, IntFunction<Object> body, int count) {
    writers = Executors.newFixedThreadPool(count);
    for (int w = 0; w < count; w++) {
      String service = services.get(w % services.size());
      writers.submit(() -> write(service + path, token, body));
    }
  }

  private void write(String url, String token, IntFunction<Object> body) {
    while (writing.get()) {
      try {
        var answer = Http.post(url, token, body.apply(next.getAndIncrement()));
        if (answer.status() / 100 == 2) {
          acknowledged.incrementAndGet();
          continue;
        }
        refused.merge(answer.status(), 1, Integer::sum);
      } catch (RuntimeException unreachable) {
        // the instance is gone: wait below, then go on
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  int acknowledged() {
    return acknowledged.get();
  }

  Map<Integer, Integer> refused() {
    return refused;
  }

  void stop() throws InterruptedException {
    writing.set(false);
    writers.shutdown();
    assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
  }
}
