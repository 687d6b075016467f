package vn.congdoan.platform.infra.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import vn.congdoan.platform.api.ChainDigestedEvent;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.infra.wire.WireNameSerializer;
import vn.congdoan.platform.infra.wire.WireNames;

/** Events, serializer and hand-made outbox entries as the pipeline sees them. */
public final class EventMother {
  public static final String AGGREGATE_TYPE = "Member";
  public static final Instant RECORDED_AT = Instant.parse("2026-11-24T03:00:00.123Z");

  private EventMother() {}

  public static Serializer serializer() {
    return new WireNameSerializer(
        WireNameSerializer.builder()
            .objectMapper(EventJson.mapper())
            .revisionResolver(new AnnotationRevisionResolver()),
        new WireNames().register(SomethingHappenedEvent.class).register(ChainDigestedEvent.class));
  }

  public static SomethingHappenedEvent payload(String aggregateId, long sequence) {
    return new SomethingHappenedEvent(aggregateId, "Lần thứ " + sequence + " — Nguyễn Thị Ánh");
  }

  public static String eventId(String aggregateId, long sequence) {
    return "evt-" + aggregateId + "-" + sequence;
  }

  public static DomainEventMessage<SomethingHappenedEvent> event(
      String aggregateId, long sequence, Map<String, ?> metadata) {
    return new GenericDomainEventMessage<>(
        AGGREGATE_TYPE,
        aggregateId,
        sequence,
        payload(aggregateId, sequence),
        metadata,
        eventId(aggregateId, sequence),
        RECORDED_AT.plusSeconds(sequence));
  }

  public static DomainEventMessage<SomethingHappenedEvent> event(
      String aggregateId, long sequence) {
    return event(aggregateId, sequence, Map.of());
  }

  /** {@code count} consecutive events of one aggregate, starting at {@code first}. */
  public static List<DomainEventMessage<?>> events(String aggregateId, long first, int count) {
    return LongStream.range(first, first + count)
        .<DomainEventMessage<?>>mapToObj(s -> event(aggregateId, s))
        .toList();
  }
}
