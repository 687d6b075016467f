package vn.congdoan.platform.infra.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** What the outbox relay of one topic counts and shows. */
final class RelayMeters {
  final Counter published;
  final Counter unreadable;
  final Counter refused;

  RelayMeters(MeterRegistry metrics, String topic, OutboxQueue outbox, ParkedEntries parked) {
    published =
        Counter.builder("platform.outbox.published")
            .description("Events published to Kafka by the outbox relay")
            .tag("topic", topic)
            .register(metrics);
    unreadable =
        Counter.builder("platform.outbox.unreadable")
            .description("Stored events the relay could not turn into a Kafka record")
            .tag("topic", topic)
            .register(metrics);
    refused =
        Counter.builder("platform.outbox.refused")
            .description(
                "Events parked for good: Kafka refused them (too large, say) or they cannot be read")
            .tag("topic", topic)
            .register(metrics);
    Gauge.builder("platform.outbox.parked", parked, ParkedEntries::count)
        .description("Outbox entries parked: refused by Kafka, or waiting behind a refused one")
        .tag("topic", topic)
        .register(metrics);
    Gauge.builder("platform.outbox.pending", outbox, OutboxQueue::pending)
        .description("Events stored but not yet acknowledged by Kafka")
        .tag("topic", topic)
        .register(metrics);
  }
}
