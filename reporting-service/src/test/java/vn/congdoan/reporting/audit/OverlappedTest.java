package vn.congdoan.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.infra.concurrent.Futures;

/**
 * Pieces of work run on the second thread one at a time in the order given, a failure reaches the
 * caller, and closing waits for the piece still running.
 */
class OverlappedTest {
  @Test
  void piecesRunInTheOrderGivenOneAtATime() {
    List<Integer> done = new CopyOnWriteArrayList<>();
    try (var writer = new Overlapped("test-writer")) {
      for (int i = 0; i < 50; i++) {
        int piece = i;
        writer.then(
            () -> {
              done.add(piece);
              assertThat(done).hasSize(piece + 1); // the one before has ended
            });
      }
      writer.awaitRunning();
    }
    assertThat(done).hasSize(50).isSorted();
  }

  @Test
  void aFailureReachesTheCallerAtItsNextStep() {
    try (var writer = new Overlapped("test-writer")) {
      writer.then(
          () -> {
            throw new IllegalStateException("the store went away");
          });
      assertThatThrownBy(() -> writer.then(() -> {}))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the store went away");
    }
  }

  @Test
  void workDoneMeanwhileIsJoinedWithItsResult() {
    try (var writer = new Overlapped("test-writer")) {
      var answer = writer.meanwhile(() -> 42);
      assertThat(Futures.join(answer)).isEqualTo(42);
    }
  }

  @Test
  void closingWaitsForThePieceStillRunning() throws InterruptedException {
    var started = new CountDownLatch(1);
    var ended = new CountDownLatch(1);
    var writer = new Overlapped("test-writer");
    writer.then(
        () -> {
          started.countDown();
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException e) {
            // interrupted by close: ends here
          }
          ended.countDown();
        });
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    writer.close();
    assertThat(ended.getCount()).as("ended before close returned").isZero();
  }
}
