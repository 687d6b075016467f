package vn.congdoan.reporting.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.congdoan.reporting.audit.ReadModelComparison.Comparison;

/**
 * One replay's progress, written by its background thread and read by requests and gauges: every
 * field is volatile, each is written once or only grows, and the state leaves {@code RUNNING} once
 * only (a cancellation and the thread's own end race for it).
 */
public final class Replay {
  /** What a replay of every projection and the audit trail is named. */
  public static final String ALL = "all";

  /** Where a replay is. */
  public enum State {
    RUNNING,
    DONE,
    FAILED,
    CANCELLED
  }

  private final String id;
  private final String projection;
  private final Instant startedAt;
  private volatile State state = State.RUNNING;
  private volatile long eventsDone;
  private volatile long eventsTotal;
  private volatile Instant finishedAt;
  private volatile Comparison comparison;
  private volatile String error;
  private volatile Runnable onCancel = () -> {};

  Replay(String id, String projection, Instant startedAt) {
    this.id = id;
    this.projection = projection;
    this.startedAt = startedAt;
  }

  public String id() {
    return id;
  }

  /** The projection it rebuilds, or {@link #ALL}. */
  public String projection() {
    return projection;
  }

  public boolean all() {
    return ALL.equals(projection);
  }

  public boolean running() {
    return state == State.RUNNING;
  }

  public State state() {
    return state;
  }

  public boolean cancelled() {
    return state == State.CANCELLED;
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

  /**
   * What stops the work at once when the replay is cancelled (a consumer waiting on the broker);
   * run straight away if it already is.
   */
  void onCancel(Runnable stop) {
    onCancel = stop;
    if (cancelled()) {
      stop.run();
    }
  }

  void finish(Instant at) {
    end(State.DONE, at, null);
  }

  void fail(Instant at, String reason) {
    end(State.FAILED, at, reason);
  }

  /** False when it had already ended: only a running replay can be cancelled. */
  boolean cancel(Instant at) {
    if (!end(State.CANCELLED, at, null)) {
      return false;
    }
    onCancel.run();
    return true;
  }

  private synchronized boolean end(State to, Instant at, String reason) {
    if (state != State.RUNNING) {
      return false;
    }
    error = reason;
    finishedAt = at;
    state = to;
    return true;
  }

  Instant startedAt() {
    return startedAt;
  }

  /** Its progress now, as this instance sees it. */
  public ReplayStatus status(Clock clock) {
    return status(
        id,
        projection,
        state,
        eventsDone,
        eventsTotal,
        startedAt,
        finishedAt,
        comparison,
        error,
        clock);
  }

  /** A replay's progress now: the rate is the average since it started, the ETA what is left. */
  static ReplayStatus status(
      String id,
      String projection,
      State now,
      long done,
      long total,
      Instant startedAt,
      Instant finishedAt,
      Comparison comparison,
      String error,
      Clock clock) {
    Instant end = finishedAt != null ? finishedAt : clock.instant();
    double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
    double rate = done / seconds;
    Long eta = null;
    if (now == State.RUNNING && rate > 0) {
      eta = (long) Math.ceil(Math.max(total - done, 0) / rate);
    } else if (now != State.RUNNING) {
      eta = 0L;
    }
    return new ReplayStatus(
        id, projection, now, done, total, rate, eta, startedAt, finishedAt, comparison, error);
  }

  /** A replay as {@code GET /api/audit/replays/{replayId}} shows it. */
  public record ReplayStatus(
      String replayId,
      String projection,
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
