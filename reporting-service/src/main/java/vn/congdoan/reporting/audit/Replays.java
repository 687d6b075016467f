package vn.congdoan.reporting.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.NotFoundException;

/**
 * The replays of this instance, one at a time, on one background thread. Kept in memory, the last
 * {@link #KEPT} only: a replay is a check an auditor watches, not a record, and a restart forgets
 * them.
 */
public class Replays implements AutoCloseable {
  static final int KEPT = 20;
  private static final Logger log = LoggerFactory.getLogger(Replays.class);

  private final Consumer<Replay> work;
  private final Clock clock;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            var t = new Thread(r, "reporting-replay");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, Replay> kept =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Replay> eldest) {
          return size() > KEPT;
        }
      };
  private volatile Replay current;

  /** {@code work} runs a replay to its end, reporting progress on it, and throws if it fails. */
  public Replays(Consumer<Replay> work, Clock clock) {
    this.work = work;
    this.clock = clock;
  }

  /** Starts a replay, unless one is running: two would compete for the broker and the database. */
  public synchronized Replay start() {
    Replay running = current;
    if (running != null && running.running()) {
      throw new ConflictException("Replay " + running.id() + " is still running");
    }
    var replay = new Replay(UUID.randomUUID().toString(), clock.instant());
    kept.put(replay.id(), replay);
    current = replay;
    thread.execute(() -> run(replay));
    return replay;
  }

  private void run(Replay replay) {
    try {
      work.accept(replay);
      replay.finish(clock.instant());
    } catch (RuntimeException e) {
      log.error("Replay {} failed", replay.id(), e);
      replay.fail(clock.instant(), e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  public synchronized Replay get(String replayId) {
    Replay replay = kept.get(replayId);
    if (replay == null) {
      throw new NotFoundException("No replay " + replayId + " (replays are forgotten on restart)");
    }
    return replay;
  }

  /** The latest replay, for the gauges. */
  public Optional<Replay> current() {
    return Optional.ofNullable(current);
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
