package vn.congdoan.reporting.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import vn.congdoan.reporting.ingest.EnvelopeDecoder;
import vn.congdoan.reporting.projection.Projection;
import vn.congdoan.reporting.projection.ReportingProjections;
import vn.congdoan.reporting.projection.ReportingStore;

/** The audit history's reading side; the trail itself is written by the projection applier. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AsOfSettings.class, AuditExportSettings.class})
public class AuditConfig {
  @Bean
  AuditQuery auditQuery(ReportingStore store) {
    return new AuditQuery(store.auditEvents());
  }

  @Bean
  AuditExport auditExport(ObjectMapper json) {
    return new AuditExport(json);
  }

  @Bean
  PointInTime pointInTime(
      MongoClient client,
      ReportingStore store,
      EnvelopeDecoder decoder,
      Clock clock,
      AsOfSettings settings) {
    return new PointInTime(
        client, store.auditEvents(), decoder, clock, settings.concurrentRebuilds());
  }

  /**
   * Replays read the live consumer's brokers and settings, in groups of their own; one projection
   * is named as its metric tag is.
   */
  @Bean(destroyMethod = "close")
  Replays replays(
      ConsumerFactory<?, ?> consumers,
      MongoClient client,
      ReportingStore store,
      EnvelopeDecoder decoder,
      Clock clock,
      MeterRegistry registry) {
    var live = client.getDatabase(store.branches().getNamespace().getDatabaseName());
    var work =
        new KafkaReplay(consumers.getConfigurationProperties(), client, live, decoder, clock);
    var names = ReportingProjections.all(store).stream().map(Projection::name).toList();
    var replays =
        new Replays(
            work,
            clock,
            names,
            new ReplayRecords(live, Duration.ofSeconds(30), clock),
            id -> client.getDatabase(KafkaReplay.scratchOf(id)).drop(),
            state -> ended(registry, state).increment(),
            Duration.ofSeconds(1));
    Gauge.builder(
            "reporting.replay.events.done",
            replays,
            r -> r.current().map(Replay::eventsDone).orElse(0L))
        .description("Events the current (or last) replay has applied")
        .register(registry);
    Gauge.builder(
            "reporting.replay.events.total",
            replays,
            r -> r.current().map(Replay::eventsTotal).orElse(0L))
        .description("Events in the current (or last) replay's history")
        .register(registry);
    for (Replay.State state :
        List.of(Replay.State.DONE, Replay.State.FAILED, Replay.State.CANCELLED)) {
      ended(registry, state); // at 0 from the start: an alert on a rise needs a first sample
    }
    return replays;
  }

  /** How replays ended: {@code outcome} done, failed (or abandoned) or cancelled. */
  private static Counter ended(MeterRegistry registry, Replay.State state) {
    return Counter.builder("reporting.replays.ended")
        .description("Replays ended, by how they ended")
        .tag("outcome", state.name().toLowerCase(Locale.ROOT))
        .register(registry);
  }
}
