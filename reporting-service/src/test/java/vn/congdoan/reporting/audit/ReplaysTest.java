package vn.congdoan.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.reporting.audit.Replay.State;

class ReplaysTest {
  private static final List<String> PROJECTIONS = List.of("members", "ratings", "branches");
  private final CountDownLatch release = new CountDownLatch(1);
  private final Replays replays =
      new Replays(
          replay -> {
            replay.total(10);
            replay.done(4);
            waitFor(release);
            if (replay.cancelled()) {
              throw new java.util.concurrent.CancellationException();
            }
            replay.done(10);
          },
          Clock.systemUTC(),
          PROJECTIONS);

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
    Replay first = replays.start(null);

    assertThatThrownBy(() -> replays.start(null))
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
    assertThat(replays.start(null).id()).isNotEqualTo(first.id());
  }

  @Test
  void aFailedReplayIsReportedAndNoLongerBlocksTheNext() {
    var broken =
        new Replays(
            replay -> {
              throw new IllegalStateException("broker away");
            },
            Clock.systemUTC(),
            PROJECTIONS);
    try {
      Replay failed = broken.start(null);
      await().atMost(Duration.ofSeconds(5)).until(() -> !failed.running());
      var status = failed.status(Clock.systemUTC());
      assertThat(status.state()).isEqualTo(State.FAILED);
      assertThat(status.error()).contains("broker away");
      assertThat(broken.start(null).id()).isNotEqualTo(failed.id());
    } finally {
      broken.close();
    }
  }

  @Test
  void anUnknownReplayIsNotFoundAndOnlyTheLastTwentyAreKept() {
    assertThatThrownBy(() -> replays.get("nope")).isInstanceOf(NotFoundException.class);
    var quick = new Replays(replay -> {}, Clock.systemUTC(), PROJECTIONS);
    try {
      Replay oldest = quick.start(null);
      for (int i = 0; i < Replays.KEPT; i++) {
        Replay previous = quick.current().orElseThrow();
        await().atMost(Duration.ofSeconds(5)).until(() -> !previous.running());
        quick.start(null);
      }
      assertThatThrownBy(() -> quick.get(oldest.id())).isInstanceOf(NotFoundException.class);
    } finally {
      quick.close();
    }
  }

  @Test
  void aReplayIsOfAllUnlessItNamesAKnownProjection() {
    Replay all = replays.start("  ");
    assertThat(all.projection()).isEqualTo(Replay.ALL);
    assertThat(all.status(Clock.systemUTC()).projection()).isEqualTo("all");
    release.countDown();
    await().atMost(Duration.ofSeconds(5)).until(() -> !all.running());

    assertThatThrownBy(() -> replays.start("memebrs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("memebrs")
        .hasMessageContaining("all")
        .hasMessageContaining("branches, members, ratings");
    assertThat(replays.start("members").status(Clock.systemUTC()).projection())
        .isEqualTo("members");
  }

  @Test
  void replaysOfDifferentProjectionsRunTogetherButNotTwoOfOne() {
    Replay members = replays.start("members");
    Replay ratings = replays.start("ratings");

    assertThatThrownBy(() -> replays.start("members"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(members.id());
    assertThatThrownBy(() -> replays.start(null))
        .isInstanceOf(ConflictException.class)
        .hasMessageMatching(".*(" + members.id() + "|" + ratings.id() + ").*");
    assertThat(members.running()).isTrue();
    assertThat(ratings.running()).isTrue();
  }

  @Test
  void aReplayOfAllRunsAlone() {
    Replay all = replays.start(Replay.ALL);

    assertThatThrownBy(() -> replays.start("branches"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(all.id());
    assertThatThrownBy(() -> replays.start(""))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(all.id());
  }

  @Test
  void aCancelledReplayStopsAndNoLongerBlocksTheNext() {
    var stopped = new CountDownLatch(1);
    Replay first = replays.start("members");
    first.onCancel(stopped::countDown);
    await().until(() -> first.eventsDone() == 4);

    Replay cancelled = replays.cancel(first.id());

    assertThat(stopped.getCount()).as("told to stop").isZero();
    var status = cancelled.status(Clock.systemUTC());
    assertThat(status.state()).isEqualTo(State.CANCELLED);
    assertThat(status.finishedAt()).isNotNull();
    assertThat(status.etaSeconds()).isZero();
    Replay next = replays.start("members");
    assertThat(next.id()).isNotEqualTo(first.id());

    // the thread's end does not turn it into DONE afterwards
    release.countDown();
    await().atMost(Duration.ofSeconds(5)).until(() -> !next.running());
    assertThat(replays.get(first.id()).status(Clock.systemUTC()).state())
        .isEqualTo(State.CANCELLED);
    assertThat(replays.get(next.id()).status(Clock.systemUTC()).state()).isEqualTo(State.DONE);
  }

  @Test
  void onlyARunningReplayCanBeCancelledAndAnUnknownOneIsNotFound() {
    assertThatThrownBy(() -> replays.cancel("nope")).isInstanceOf(NotFoundException.class);
    Replay done = replays.start(null);
    release.countDown();
    await().atMost(Duration.ofSeconds(5)).until(() -> !done.running());

    assertThatThrownBy(() -> replays.cancel(done.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("DONE");
    assertThat(done.status(Clock.systemUTC()).state()).isEqualTo(State.DONE);
  }
}
