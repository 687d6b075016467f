package vn.congdoan.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.reporting.audit.Replay.State;
import vn.congdoan.reporting.query.InMemoryMongo;

/**
 * Replays kept in MongoDB, as two reporting instances over one read model see them: started on one,
 * seen, refused twice and cancelled on the other; one whose instance died is failed and its scratch
 * database dropped by whichever instance notices.
 */
class ReplaysTest {
  private static final List<String> PROJECTIONS = List.of("members", "ratings", "branches");
  private final InMemoryMongo mongo = new InMemoryMongo();
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<Replays> instances = new ArrayList<>();
  private final List<String> dropped = new CopyOnWriteArrayList<>();
  private final List<State> ended = new CopyOnWriteArrayList<>();
  private final Replays replays = instance(this::slow);
  private final Replays other = instance(this::slow);

  private Replays instance(Consumer<Replay> work) {
    return instance(work, Duration.ofSeconds(30));
  }

  private Replays instance(Consumer<Replay> work, Duration abandonAfter) {
    var replays =
        new Replays(
            work,
            Clock.systemUTC(),
            PROJECTIONS,
            new ReplayRecords(mongo.database("reporting"), abandonAfter, Clock.systemUTC()),
            dropped::add,
            ended::add,
            Duration.ofMillis(100));
    instances.add(replays);
    return replays;
  }

  private void slow(Replay replay) {
    replay.total(10);
    replay.done(4);
    waitFor(release);
    if (replay.cancelled()) {
      throw new java.util.concurrent.CancellationException();
    }
    replay.done(10);
  }

  @AfterEach
  void stop() {
    release.countDown();
    instances.forEach(Replays::close);
    mongo.close();
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private State state(Replays on, Replay replay) {
    return on.status(replay.id()).state();
  }

  @Test
  void aReplayStartedOnOneInstanceIsSeenAndRefusedOnTheOther() {
    Replay first = replays.start(null);

    assertThatThrownBy(() -> other.start(null))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(first.id());
    assertThatThrownBy(() -> other.start("members"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(first.id());
    await().until(() -> other.status(first.id()).eventsDone() == 4);
    var running = other.status(first.id());
    assertThat(running.state()).isEqualTo(State.RUNNING);
    assertThat(running.eventsTotal()).isEqualTo(10);
    assertThat(running.finishedAt()).isNull();

    release.countDown();
    await().atMost(Duration.ofSeconds(5)).until(() -> state(other, first) == State.DONE);
    var done = other.status(first.id());
    assertThat(done.eventsDone()).isEqualTo(10);
    assertThat(done.etaSeconds()).isZero();
    assertThat(done.finishedAt()).isNotNull();
    assertThat(other.start(null).id()).isNotEqualTo(first.id());
  }

  @Test
  void aReplayCancelledOnTheOtherInstanceStopsWhereItRuns() {
    var stopped = new CountDownLatch(1);
    Replay first = replays.start("members");
    first.onCancel(stopped::countDown);
    await().until(() -> other.status(first.id()).eventsDone() == 4);

    var cancelled = other.cancel(first.id());

    assertThat(cancelled.state()).isEqualTo(State.CANCELLED);
    assertThat(cancelled.finishedAt()).isNotNull();
    assertThat(cancelled.etaSeconds()).isZero();
    await().atMost(Duration.ofSeconds(5)).until(() -> stopped.getCount() == 0);
    assertThat(first.cancelled()).isTrue();
    Replay next = other.start("members");
    assertThat(next.id()).isNotEqualTo(first.id());
    assertThat(replays.status(first.id()).state()).isEqualTo(State.CANCELLED);
  }

  @Test
  void aReplayWhoseInstanceDiedIsFailedAndItsScratchDroppedByTheOther() {
    Replay orphan = replays.start("ratings");
    await().until(() -> other.status(orphan.id()).eventsDone() == 4);
    replays.close(); // its instance dies: no more heartbeats
    var watcher = instance(this::slow, Duration.ofMillis(500));

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> watcher.status(orphan.id()).state() == State.FAILED);
    assertThat(watcher.status(orphan.id()).error()).contains("Abandoned");
    // marked failed first; its scratch dropped and its end counted right after, on the watcher
    await().atMost(Duration.ofSeconds(5)).until(() -> !ended.isEmpty());
    assertThat(dropped).contains(orphan.id());
    assertThat(ended).containsExactly(State.FAILED);
    assertThat(watcher.start("ratings").id()).isNotEqualTo(orphan.id());
  }

  @Test
  void aFailedReplayIsReportedAndNoLongerBlocksTheNext() {
    var broken =
        instance(
            replay -> {
              throw new IllegalStateException("broker away");
            });
    Replay failed = broken.start(null);
    await().atMost(Duration.ofSeconds(5)).until(() -> state(other, failed) == State.FAILED);
    assertThat(other.status(failed.id()).error()).contains("broker away");
    await().until(() -> ended.contains(State.FAILED));
    assertThat(broken.start(null).id()).isNotEqualTo(failed.id());
  }

  @Test
  void anUnknownReplayIsNotFoundAndOnlyTheLastTwentyAreKept() {
    assertThatThrownBy(() -> other.status("nope")).isInstanceOf(NotFoundException.class);
    var quick = instance(replay -> {});
    Replay oldest = quick.start(null);
    for (int i = 0; i < Replays.KEPT; i++) {
      Replay previous = quick.current().orElseThrow();
      await().atMost(Duration.ofSeconds(5)).until(() -> state(quick, previous) == State.DONE);
      quick.start(null);
    }
    assertThatThrownBy(() -> other.status(oldest.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aReplayIsOfAllUnlessItNamesAKnownProjection() {
    Replay all = replays.start("  ");
    assertThat(all.projection()).isEqualTo(Replay.ALL);
    assertThat(other.status(all.id()).projection()).isEqualTo("all");
    release.countDown();
    await().atMost(Duration.ofSeconds(5)).until(() -> state(other, all) == State.DONE);

    assertThatThrownBy(() -> replays.start("memebrs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("memebrs")
        .hasMessageContaining("all")
        .hasMessageContaining("branches, members, ratings");
    assertThat(other.status(replays.start("members").id()).projection()).isEqualTo("members");
  }

  @Test
  void replaysOfDifferentProjectionsRunTogetherButNotTwoOfOne() {
    Replay members = replays.start("members");
    Replay ratings = other.start("ratings");

    assertThatThrownBy(() -> other.start("members"))
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

    assertThatThrownBy(() -> other.start("branches"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(all.id());
    assertThatThrownBy(() -> replays.start(""))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(all.id());
  }

  @Test
  void onlyARunningReplayCanBeCancelledAndAnUnknownOneIsNotFound() {
    assertThatThrownBy(() -> other.cancel("nope")).isInstanceOf(NotFoundException.class);
    Replay done = replays.start(null);
    release.countDown();
    await().atMost(Duration.ofSeconds(5)).until(() -> state(other, done) == State.DONE);

    assertThatThrownBy(() -> other.cancel(done.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("DONE");
    assertThat(replays.status(done.id()).state()).isEqualTo(State.DONE);
  }
}
