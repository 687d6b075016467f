package vn.congdoan.reporting.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.concurrent.DaemonThreads;
import vn.congdoan.reporting.audit.Replay.ReplayStatus;

/**
 * Replays, each run on a background thread of the instance that started it, and seen, refused and
 * cancelled alike from every instance: their records are kept in MongoDB ({@link ReplayRecords}).
 * At most one at a time per projection, whichever instance runs it: two replays of one projection
 * would compete for the same work, and a replay of {@link Replay#ALL} rebuilds every projection, so
 * it runs alone. The last {@link #KEPT} are kept: a replay is a check an auditor watches, not a
 * record.
 */
public class Replays implements AutoCloseable {
  static final int KEPT = 20;
  private static final Logger log = LoggerFactory.getLogger(Replays.class);

  private final Consumer<Replay> work;
  private final Clock clock;
  private final List<String> projections;
  private final ReplayRecords records;
  private final Consumer<String> dropScratch;
  private final Consumer<Replay.State> ended;
  private final String owner = UUID.randomUUID().toString();
  private final Map<String, Replay> runningHere = new ConcurrentHashMap<>();
  private final ExecutorService threads =
      Executors.newCachedThreadPool(DaemonThreads.named("reporting-replay"));
  private final ScheduledExecutorService heartbeat =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("reporting-replay-heartbeat"));
  private volatile Replay current;

  /**
   * {@code work} runs a replay to its end, reporting progress on it, and throws if it fails; {@code
   * projections} are the names a replay may be asked to rebuild alone; {@code dropScratch} drops
   * the scratch database of a replay whose instance died; {@code ended} hears how each replay
   * ended, counted once: by the instance that ran it, or for one abandoned by the instance that
   * failed it.
   */
  Replays(
      Consumer<Replay> work,
      Clock clock,
      Collection<String> projections,
      ReplayRecords records,
      Consumer<String> dropScratch,
      Consumer<Replay.State> ended,
      Duration beat) {
    this.work = work;
    this.clock = clock;
    this.projections = List.copyOf(new TreeSet<>(projections));
    this.records = records;
    this.dropScratch = dropScratch;
    this.ended = ended;
    long every = beat.toMillis();
    heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Starts a replay of {@code projection} ({@link Replay#ALL} when null or blank), unless a replay
   * of it, or of all, is running on any instance.
   */
  public Replay start(String projection) {
    String name = known(projection);
    sweep();
    var replay = new Replay(UUID.randomUUID().toString(), name, clock.instant());
    var conflict = records.claim(replay.id(), name);
    if (conflict.isPresent()) {
      String other = conflict.get().getKey();
      String its = conflict.get().getValue();
      throw new ConflictException(
          Replay.ALL.equals(its)
              ? Refusal.of("reporting.replay.running-all", other)
              : Refusal.of("reporting.replay.running", other, its));
    }
    records.started(replay, owner, KEPT);
    runningHere.put(replay.id(), replay);
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
      } else {
        log.error("Replay {} failed", replay.id(), e);
        replay.fail(clock.instant(), e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    } finally {
      runningHere.remove(replay.id());
      recordEnd(replay);
    }
  }

  /**
   * Unwritten when this instance is shutting down (its threads interrupted): the record then stays
   * running, and another instance fails it as abandoned and counts it.
   */
  private void recordEnd(Replay replay) {
    try {
      records.ended(replay);
      ended.accept(replay.state());
    } catch (RuntimeException e) {
      log.warn("Replay {} ended {}, not recorded: {}", replay.id(), replay.state(), e.toString());
    }
  }

  /** Its status as recorded, from whichever instance runs it. */
  public ReplayStatus status(String replayId) {
    sweep();
    return records
        .status(replayId)
        .orElseThrow(
            () -> new NotFoundException(Refusal.of("reporting.replay.not-found", replayId)));
  }

  /**
   * Stops a running replay, on this instance or another: it reads no further batch, compares
   * nothing, and its scratch database is dropped as its thread ends.
   */
  public ReplayStatus cancel(String replayId) {
    sweep();
    var cancelled = records.cancel(replayId);
    if (cancelled.isEmpty()) {
      throw new NotFoundException(Refusal.of("reporting.replay.not-found", replayId));
    }
    if (!cancelled.get()) {
      throw new ConflictException(
          Refusal.of("reporting.replay.not-running", replayId, status(replayId).state()));
    }
    Replay here = runningHere.get(replayId);
    if (here != null) {
      here.cancel(clock.instant());
    }
    return status(replayId);
  }

  /** The latest replay started here, for the gauges. */
  public Optional<Replay> current() {
    return Optional.ofNullable(current);
  }

  /** Records the progress of the replays running here, and stops those cancelled elsewhere. */
  private void beat() {
    try {
      for (Replay replay : runningHere.values()) {
        if (!records.progressed(replay) && replay.running()) {
          replay.cancel(clock.instant());
        }
      }
      sweep();
    } catch (RuntimeException e) {
      log.warn("Replay progress not recorded this time: {}", e.toString());
    }
  }

  /** Fails the replays whose instance died, and drops what they left. */
  private void sweep() {
    for (String id : records.abandon()) {
      log.warn("Replay {} abandoned by its instance: failed, scratch database dropped", id);
      dropScratch.accept(id);
      ended.accept(Replay.State.FAILED);
    }
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    threads.shutdownNow();
  }
}
