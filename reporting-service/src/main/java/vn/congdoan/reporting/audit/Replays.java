package vn.congdoan.reporting.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;

/**
 * The replays of this instance, each on a background thread of its own. At most one at a time per
 * projection: two replays of one projection would compete for the same work, and a replay of {@link
 * Replay#ALL} rebuilds every projection, so it runs alone. Kept in memory, the last {@link #KEPT}
 * only: a replay is a check an auditor watches, not a record, and a restart forgets them.
 */
public class Replays implements AutoCloseable {
  static final int KEPT = 20;
  private static final Logger log = LoggerFactory.getLogger(Replays.class);

  private final Consumer<Replay> work;
  private final Clock clock;
  private final List<String> projections;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
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
  // apart from the kept ones: one that runs long must still be in the way once forgotten
  private final List<Replay> running = new ArrayList<>();
  private volatile Replay current;

  /**
   * {@code work} runs a replay to its end, reporting progress on it, and throws if it fails; {@code
   * projections} are the names a replay may be asked to rebuild alone.
   */
  public Replays(Consumer<Replay> work, Clock clock, Collection<String> projections) {
    this.work = work;
    this.clock = clock;
    this.projections = List.copyOf(new TreeSet<>(projections));
  }

  /**
   * Starts a replay of {@code projection} ({@link Replay#ALL} when null or blank), unless a replay
   * of it, or of all, is running.
   */
  public synchronized Replay start(String projection) {
    String name = known(projection);
    running.removeIf(r -> !r.running());
    for (Replay other : running) {
      if (other.all() || Replay.ALL.equals(name) || other.projection().equals(name)) {
        throw new ConflictException(
            other.all()
                ? Refusal.of("reporting.replay.running-all", other.id())
                : Refusal.of("reporting.replay.running", other.id(), other.projection()));
      }
    }
    var replay = new Replay(UUID.randomUUID().toString(), name, clock.instant());
    kept.put(replay.id(), replay);
    running.add(replay);
    current = replay;
    threads.execute(() -> run(replay));
    return replay;
  }

  private String known(String projection) {
    if (projection == null || projection.isBlank() || projection.equals(Replay.ALL)) {
      return Replay.ALL;
    }
    if (!projections.contains(projection)) {
      throw new BadRequestException(
          Refusal.of(
              "reporting.replay.unknown-projection",
              projection,
              Replay.ALL,
              String.join(", ", projections)));
    }
    return projection;
  }

  private void run(Replay replay) {
    try {
      work.accept(replay);
      replay.finish(clock.instant());
    } catch (RuntimeException e) {
      if (replay.cancelled()) {
        log.info("Replay {} cancelled after {} events", replay.id(), replay.eventsDone());
        return;
      }
      log.error("Replay {} failed", replay.id(), e);
      replay.fail(clock.instant(), e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  public synchronized Replay get(String replayId) {
    Replay replay = kept.get(replayId);
    if (replay == null) {
      throw new NotFoundException(Refusal.of("reporting.replay.not-found", replayId));
    }
    return replay;
  }

  /**
   * Stops a running replay: it reads no further batch, compares nothing, and its scratch database
   * is dropped as its thread ends.
   */
  public synchronized Replay cancel(String replayId) {
    Replay replay = get(replayId);
    if (!replay.cancel(clock.instant())) {
      throw new ConflictException(
          Refusal.of("reporting.replay.not-running", replayId, replay.status(clock).state()));
    }
    return replay;
  }

  /** The latest replay, for the gauges. */
  public Optional<Replay> current() {
    return Optional.ofNullable(current);
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
