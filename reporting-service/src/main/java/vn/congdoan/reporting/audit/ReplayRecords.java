package vn.congdoan.reporting.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.congdoan.reporting.audit.ReadModelComparison.Comparison;
import vn.congdoan.reporting.audit.Replay.ReplayStatus;
import vn.congdoan.reporting.audit.Replay.State;

/**
 * The replays of every reporting instance, kept in the read model's database: their progress
 * (written by the instance running each, every second, with a heartbeat), their end, and which are
 * running ({@link ReplaySlots}). A running replay whose heartbeat stopped belongs to an instance
 * that died: whoever sees it marks it failed and drops its scratch database.
 */
final class ReplayRecords {
  private static final String REPLAYS = "replays";
  private static final String STATE = "state";
  private static final String HEARTBEAT = "heartbeat";

  private final MongoCollection<Document> replays;
  private final ReplaySlots slots;
  private final Duration abandonAfter;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  ReplayRecords(MongoDatabase database, Duration abandonAfter, Clock clock) {
    this.replays = database.getCollection(REPLAYS);
    this.slots = new ReplaySlots(database.getCollection("replay_slots"));
    this.abandonAfter = abandonAfter;
    this.clock = clock;
  }

  /**
   * Claims a slot for replay {@code id} of {@code projection}, or names the running replay (id,
   * projection) it conflicts with.
   */
  Optional<Map.Entry<String, String>> claim(String id, String projection) {
    return slots.claim(id, projection, this::isRunning);
  }

  void release(String id) {
    slots.release(id);
  }

  private boolean isRunning(String id) {
    return replays.countDocuments(and(eq("_id", id), eq(STATE, State.RUNNING.name()))) > 0;
  }

  void started(Replay replay, String owner, int kept) {
    Date now = Date.from(clock.instant());
    replays.insertOne(
        new Document("_id", replay.id())
            .append("projection", replay.projection())
            .append(STATE, State.RUNNING.name())
            .append("startedAt", Date.from(replay.startedAt()))
            .append(HEARTBEAT, now)
            .append("owner", owner)
            .append("eventsDone", 0L)
            .append("eventsTotal", 0L));
    // the newest kept, whatever their state; a running one is never dropped
    List<Object> old = new ArrayList<>();
    replays
        .find()
        .sort(Sorts.descending("startedAt"))
        .skip(kept)
        .forEach(
            d -> {
              if (!State.RUNNING.name().equals(d.getString(STATE))) {
                old.add(d.get("_id"));
              }
            });
    if (!old.isEmpty()) {
      replays.deleteMany(in("_id", old));
    }
  }

  /** False when the replay is no longer running here: cancelled on another instance, say. */
  boolean progressed(Replay replay) {
    return replays
            .updateOne(
                running(replay.id()),
                Updates.combine(
                    Updates.set("eventsDone", replay.eventsDone()),
                    Updates.set("eventsTotal", replay.eventsTotal()),
                    Updates.set(HEARTBEAT, Date.from(clock.instant()))))
            .getModifiedCount()
        == 1;
  }

  /** Records how a replay that ran here ended, unless it was cancelled meanwhile. */
  void ended(Replay replay) {
    ReplayStatus end = replay.status(clock);
    replays.updateOne(
        running(replay.id()),
        Updates.combine(
            Updates.set(STATE, end.state().name()),
            Updates.set("eventsDone", end.eventsDone()),
            Updates.set("eventsTotal", end.eventsTotal()),
            Updates.set("finishedAt", Date.from(end.finishedAt())),
            Updates.set("error", end.error()),
            Updates.set("comparison", write(end.comparison()))));
    release(replay.id());
  }

  /** Whether the replay was running and now is cancelled; empty when there is no such replay. */
  Optional<Boolean> cancel(String id) {
    long cancelled =
        replays
            .updateOne(
                running(id),
                Updates.combine(
                    Updates.set(STATE, State.CANCELLED.name()),
                    Updates.set("finishedAt", Date.from(clock.instant()))))
            .getModifiedCount();
    if (cancelled == 1) {
      release(id);
      return Optional.of(true);
    }
    return replays.countDocuments(eq("_id", id)) == 0 ? Optional.empty() : Optional.of(false);
  }

  /** The replays whose instance stopped beating, now failed; their scratch databases to drop. */
  List<String> abandon() {
    Date before = Date.from(clock.instant().minus(abandonAfter));
    List<String> ids = new ArrayList<>();
    replays
        .find(and(eq(STATE, State.RUNNING.name()), lt(HEARTBEAT, before)))
        .forEach(d -> ids.add(d.getString("_id")));
    List<String> abandoned = new ArrayList<>();
    for (String id : ids) {
      var failed =
          replays.updateOne(
              and(running(id), lt(HEARTBEAT, before)),
              Updates.combine(
                  Updates.set(STATE, State.FAILED.name()),
                  Updates.set("finishedAt", Date.from(clock.instant())),
                  Updates.set(
                      "error", "Abandoned: the instance running it stopped (no heartbeat)")));
      if (failed.getModifiedCount() == 1) {
        release(id);
        abandoned.add(id);
      }
    }
    return abandoned;
  }

  Optional<ReplayStatus> status(String id) {
    Document d = replays.find(eq("_id", id)).first();
    if (d == null) {
      return Optional.empty();
    }
    State state = State.valueOf(d.getString(STATE));
    Instant started = d.getDate("startedAt").toInstant();
    Instant finished = d.getDate("finishedAt") == null ? null : d.getDate("finishedAt").toInstant();
    long done = ((Number) d.get("eventsDone")).longValue();
    long total = ((Number) d.get("eventsTotal")).longValue();
    return Optional.of(
        Replay.status(
            id,
            d.getString("projection"),
            state,
            done,
            total,
            started,
            finished,
            read(d.getString("comparison")),
            d.getString("error"),
            clock));
  }

  private static Bson running(String id) {
    return and(eq("_id", id), eq(STATE, State.RUNNING.name()));
  }

  private String write(Comparison comparison) {
    try {
      return comparison == null ? null : json.writeValueAsString(comparison);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A comparison that cannot be written", e);
    }
  }

  private Comparison read(String comparison) {
    try {
      return comparison == null ? null : json.readValue(comparison, Comparison.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A comparison kept that cannot be read", e);
    }
  }
}
