package vn.congdoan.platform.infra.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FuturesTest {
  @Test
  void joinAllWaitsForTheSlowOneBeforeThrowingTheFirstFailure() throws Exception {
    var pool = Executors.newFixedThreadPool(2);
    try {
      var release = new CountDownLatch(1);
      var slowEnded = new AtomicBoolean();
      var failing =
          pool.submit(
              () -> {
                throw new IllegalArgumentException("store away");
              });
      var slow =
          pool.submit(
              () -> {
                release.await(5, TimeUnit.SECONDS);
                slowEnded.set(true);
                return null;
              });
      pool.submit(
          () -> {
            Thread.sleep(200);
            release.countDown();
            return null;
          });

      assertThatThrownBy(() -> Futures.joinAll(List.of(failing, slow)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("store away");
      assertThat(slowEnded).as("no work still under way once joinAll returns").isTrue();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void joinGivesTheResult() {
    var pool = Executors.newSingleThreadExecutor();
    try {
      assertThat(Futures.join(pool.submit(() -> 42))).isEqualTo(42);
    } finally {
      pool.shutdownNow();
    }
  }
}
