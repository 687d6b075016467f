package vn.congdoan.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.reporting.audit.Replay.State;

class ReplaysTest {
  private final CountDownLatch release = new CountDownLatch(1);
  private final Replays replays =
      new Replays(
          replay -> {
            replay.total(10);
            replay.done(4);
            waitFor(release);
            replay.done(10);
          },
          Clock.systemUTC());

  @AfterEach
  void stop() {
    release.countDown();
    replays.close();
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aSecondReplayWhileOneRunsIsAConflictNamingTheRunningOne() {
    Replay first = replays.start();

    assertThatThrownBy(replays::start)
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(first.id());
    await().until(() -> first.eventsDone() == 4);
    var running = first.status(Clock.systemUTC());
    assertThat(running.state()).isEqualTo(State.RUNNING);
    assertThat(running.eventsTotal()).isEqualTo(10);
    assertThat(running.finishedAt()).isNull();

    release.countDown();
    await().atMost(Duration.ofSeconds(5)).until(() -> !first.running());
    var done = replays.get(first.id()).status(Clock.systemUTC());
    assertThat(done.state()).isEqualTo(State.DONE);
    assertThat(done.eventsDone()).isEqualTo(10);
    assertThat(done.etaSeconds()).isZero();
    assertThat(done.finishedAt()).isNotNull();
    assertThat(replays.start().id()).isNotEqualTo(first.id());
  }

  @Test
  void aFailedReplayIsReportedAndNoLongerBlocksTheNext() {
    var broken =
        new Replays(
            replay -> {
              throw new IllegalStateException("broker away");
            },
            Clock.systemUTC());
    try {
      Replay failed = broken.start();
      await().atMost(Duration.ofSeconds(5)).until(() -> !failed.running());
      var status = failed.status(Clock.systemUTC());
      assertThat(status.state()).isEqualTo(State.FAILED);
      assertThat(status.error()).contains("broker away");
      assertThat(broken.start().id()).isNotEqualTo(failed.id());
    } finally {
      broken.close();
    }
  }

  @Test
  void anUnknownReplayIsNotFoundAndOnlyTheLastTwentyAreKept() {
    assertThatThrownBy(() -> replays.get("nope")).isInstanceOf(NotFoundException.class);
    var quick = new Replays(replay -> {}, Clock.systemUTC());
    try {
      Replay oldest = quick.start();
      for (int i = 0; i < Replays.KEPT; i++) {
        Replay previous = quick.current().orElseThrow();
        await().atMost(Duration.ofSeconds(5)).until(() -> !previous.running());
        quick.start();
      }
      assertThatThrownBy(() -> quick.get(oldest.id())).isInstanceOf(NotFoundException.class);
    } finally {
      quick.close();
    }
  }
}
