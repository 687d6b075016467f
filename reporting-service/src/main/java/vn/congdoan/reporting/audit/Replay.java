package vn.congdoan.reporting.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.congdoan.reporting.audit.ReadModelComparison.Comparison;

/**
 * One replay's progress, written by its background thread and read by requests and gauges: every
 * field is volatile, and each is written once or only grows.
 */
public final class Replay {
  /** Where a replay is. */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  private final String id;
  private final Instant startedAt;
  private volatile State state = State.RUNNING;
  private volatile long eventsDone;
  private volatile long eventsTotal;
  private volatile Instant finishedAt;
  private volatile Comparison comparison;
  private volatile String error;

  Replay(String id, Instant startedAt) {
    this.id = id;
    this.startedAt = startedAt;
  }

  public String id() {
    return id;
  }

  public boolean running() {
    return state == State.RUNNING;
  }

  public long eventsDone() {
    return eventsDone;
  }

  public long eventsTotal() {
    return eventsTotal;
  }

  void total(long total) {
    eventsTotal = total;
  }

  void done(long done) {
    eventsDone = done;
  }

  void compared(Comparison result) {
    comparison = result;
  }

  void finish(Instant at) {
    finishedAt = at;
    state = State.DONE;
  }

  void fail(Instant at, String reason) {
    error = reason;
    finishedAt = at;
    state = State.FAILED;
  }

  /** Its progress now: the rate is the average since it started, the ETA what is left at it. */
  public ReplayStatus status(Clock clock) {
    Instant end = finishedAt != null ? finishedAt : clock.instant();
    double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
    long done = eventsDone;
    double rate = done / seconds;
    Long eta = null;
    if (state == State.RUNNING && rate > 0) {
      eta = (long) Math.ceil(Math.max(eventsTotal - done, 0) / rate);
    } else if (state != State.RUNNING) {
      eta = 0L;
    }
    return new ReplayStatus(
        id, state, done, eventsTotal, rate, eta, startedAt, finishedAt, comparison, error);
  }

  /** A replay as {@code GET /api/audit/replays/{replayId}} shows it. */
  public record ReplayStatus(
      String replayId,
      State state,
      long eventsDone,
      long eventsTotal,
      double ratePerSecond,
      Long etaSeconds,
      Instant startedAt,
      Instant finishedAt,
      Comparison comparison,
      String error) {}
}
