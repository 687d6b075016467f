package vn.congdoan.finance.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.FinanceRule.RuleKind;
import vn.congdoan.finance.api.FinanceRuleAddedEvent;
import vn.congdoan.finance.api.GrantExpenseReversedEvent;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.infra.wire.PayloadUpcasts;
import vn.congdoan.platform.infra.wire.WireNameSerializer;
import vn.congdoan.platform.infra.wire.WireNames;

/**
 * Events stored and published in an older revision, read by today's code: fixtures are payloads
 * exactly as revision 1 wrote them, read through the event store's upcaster chain and through a
 * Kafka consumer's.
 */
class StoredRevisionsTest {
  private static final PayloadUpcasts UPCASTS = PayloadUpcasts.scan("vn.congdoan");
  private static final Serializer SERIALIZER =
      new WireNameSerializer(
          WireNameSerializer.builder()
              .objectMapper(EventJson.mapper())
              .revisionResolver(new AnnotationRevisionResolver()),
          WireNames.scan("vn.congdoan"));

  @Test
  void aRevisionOneReversalIsReadAsBookedOnTheDayItWasMade() throws IOException {
    var expected =
        new GrantExpenseReversedEvent(
            new BranchId("vp-doan-dbqh"),
            "grant-om-dau-1",
            new GrantId("om-dau-1"),
            500_000,
            LocalDate.of(2025, 1, 6),
            LocalDate.of(2025, 1, 6),
            null);

    assertThat(fromStore("finance.GrantExpenseReversed")).isEqualTo(expected);
    assertThat(fromKafka("finance.GrantExpenseReversed", GrantExpenseReversedEvent.class))
        .isEqualTo(expected);
  }

  @Test
  void aRevisionOneRuleHasNoRounding() throws IOException {
    var fromStore = (FinanceRuleAddedEvent) fromStore("finance.FinanceRuleAdded");
    var fromKafka = fromKafka("finance.FinanceRuleAdded", FinanceRuleAddedEvent.class);

    assertThat(fromStore).isEqualTo(fromKafka);
    assertThat(fromStore.rule().kind()).isEqualTo(RuleKind.DUES);
    assertThat(fromStore.rule().rateBp()).isEqualTo(100);
    assertThat(fromStore.rule().rounding()).isNull();
  }

  /** As the Mongo event store hands it to an aggregate: the payload stored as a JSON string. */
  private static Object fromStore(String type) throws IOException {
    var entry =
        new GenericDomainEventEntry<>(
            "Ledger",
            "vp-doan-dbqh",
            3,
            "e-1",
            Instant.parse("2025-01-06T02:00:00Z"),
            type,
            "1",
            fixture(type),
            "{}");
    var upcast =
        UPCASTS
            .axonChain()
            .upcast(Stream.of(new InitialEventRepresentation(entry, SERIALIZER)))
            .toList();
    assertThat(upcast).hasSize(1);
    assertThat(upcast.get(0).getType().getRevision()).isEqualTo(currentRevision(type));
    return SERIALIZER.deserialize(upcast.get(0).getData());
  }

  /** As reporting reads it from a Kafka record published before the revision changed. */
  private static <T> T fromKafka(String type, Class<T> as) throws IOException {
    JsonNode payload = EventJson.mapper().readTree(fixture(type));
    var envelope =
        new EventEnvelope(
            "e-1", type, "1", "Ledger", "vp-doan-dbqh", 3, Instant.now(), Map.of(), payload);
    var upcast = UPCASTS.upcast(envelope);
    assertThat(upcast.revision()).isEqualTo(currentRevision(type));
    assertThat(envelope.payload()).as("the record read is left as it was").isEqualTo(payload);
    return EventJson.mapper().treeToValue(upcast.payload(), as);
  }

  private static String currentRevision(String type) {
    return type.equals("finance.GrantExpenseReversed")
        ? GrantExpenseReversedEvent.class
            .getAnnotation(org.axonframework.serialization.Revision.class)
            .value()
        : FinanceRuleAddedEvent.class
            .getAnnotation(org.axonframework.serialization.Revision.class)
            .value();
  }

  private static String fixture(String type) throws IOException {
    try (InputStream in =
        StoredRevisionsTest.class.getResourceAsStream("/events/" + type + "-1.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
