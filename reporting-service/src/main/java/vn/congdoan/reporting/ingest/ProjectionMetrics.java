package vn.congdoan.reporting.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.congdoan.reporting.projection.BulkWriter;

/** How far behind the projections are, and what happened to each event. */
public class ProjectionMetrics {
  public static final String LAG = "reporting.projection.lag";

  /**
   * Not {@code reporting.projection.lag.seconds}: Prometheus would name that gauge exactly as the
   * {@link #LAG} timer ({@code reporting_projection_lag_seconds}) and drop the timer.
   */
  public static final String LAG_GAUGE = "reporting.projection.lag.current";

  public static final String APPLIED = "reporting.events.applied";
  public static final String DUPLICATE = "reporting.events.duplicate";
  public static final String SKIPPED = "reporting.events.skipped";

  /** Where a topic's consumption stands; read by the gauge on another thread. */
  private static final class TopicLag {
    volatile Instant lastApplied;
    volatile boolean behind;
  }

  private final MeterRegistry registry;
  private final Clock clock;
  private final Map<String, TopicLag> topics = new ConcurrentHashMap<>();
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  public ProjectionMetrics(MeterRegistry registry, Clock clock, Collection<String> topicNames) {
    this.registry = registry;
    this.clock = clock;
    topicNames.forEach(this::topic);
  }

  /** An event reached its projection: the time since it was recorded. */
  void applied(String projection, Delivery delivery) {
    Duration lag = Duration.between(delivery.envelope().timestamp(), clock.instant());
    timers
        .computeIfAbsent(projection + '|' + delivery.topic(), k -> lagTimer(projection, delivery))
        .record(lag.isNegative() ? Duration.ZERO : lag);
  }

  void counted(String projection, BulkWriter.Outcome outcome) {
    registry.counter(APPLIED, "projection", projection).increment(outcome.applied());
    registry.counter(DUPLICATE, "projection", projection).increment(outcome.duplicates());
  }

  /** {@code reason}: {@code unknown-type} (a newer event) or {@code poison} (unreadable). */
  public void skipped(String topic, String reason) {
    Counter.builder(SKIPPED).tags("topic", topic, "reason", reason).register(registry).increment();
  }

  /** The consumer has processed {@code topic} up to an event recorded at {@code timestamp}. */
  void reached(String topic, Instant timestamp) {
    topic(topic).lastApplied = timestamp;
  }

  /** Whether the consumer still has records of {@code topic} to read, after its last poll. */
  public void behind(String topic, boolean behind) {
    topic(topic).behind = behind;
  }

  double lagSeconds(String topic) {
    return seconds(topic(topic));
  }

  private double seconds(TopicLag lag) {
    Instant last = lag.lastApplied;
    if (!lag.behind || last == null) {
      return 0;
    }
    return Math.max(0, Duration.between(last, clock.instant()).toMillis() / 1000.0);
  }

  private TopicLag topic(String name) {
    return topics.computeIfAbsent(
        name,
        n -> {
          var lag = new TopicLag();
          // The map keeps the state alive; the gauge only holds it weakly.
          Gauge.builder(LAG_GAUGE, lag, this::seconds)
              .description("Age of the last applied event while the consumer is behind")
              .tag("topic", n)
              .baseUnit("seconds")
              .register(registry);
          // at 0 from the start: an alert on a skip's increase needs a sample before it
          for (String reason : List.of("unknown-type", "poison")) {
            Counter.builder(SKIPPED).tags("topic", n, "reason", reason).register(registry);
          }
          return lag;
        });
  }

  private Timer lagTimer(String projection, Delivery delivery) {
    return Timer.builder(LAG)
        .description("From an event's recording to its projection")
        .tags("projection", projection, "topic", delivery.topic())
        .publishPercentiles(0.5, 0.99)
        .publishPercentileHistogram()
        .register(registry);
  }
}
