package vn.congdoan.finance.feed.dissolutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.CommandMessage;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.CloseBooksCommand;
import vn.congdoan.finance.feed.FakeCommandGateway;
import vn.congdoan.membership.api.BranchDissolvedEvent;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.MetadataKeys;

class DissolutionConsumerTest {
  private static final ObjectMapper JSON = EventJson.mapper();
  private static final LocalDate EFFECTIVE = LocalDate.of(2025, 6, 1);

  private final FakeCommandGateway gateway = new FakeCommandGateway();
  private final DissolutionConsumer consumer = new DissolutionConsumer(new Dissolutions(), gateway);
  private int acks;

  @Test
  void aDissolutionClosesTheBooksTheDayBeforeItTakesEffect() {
    consume(List.of(dissolved("b1")));

    assertThat(gateway.sent).hasSize(1);
    CommandMessage<?> sent = gateway.sent.get(0);
    assertThat(sent.getPayload())
        .isEqualTo(
            new CloseBooksCommand(new BranchId("b1"), LocalDate.of(2025, 5, 31), "4133/TLĐ-ToC"));
    assertThat(sent.getMetaData())
        .containsEntry(MetadataKeys.USER, "system:membership-dissolutions")
        .containsEntry(MetadataKeys.BRANCH, "b1")
        .containsEntry(MetadataKeys.CORRELATION_ID, "corr-b1");
    assertThat(acks).isEqualTo(1);
  }

  @Test
  void otherMembershipEventsAndGarbageAreSkipped() {
    consume(
        List.of(
            record("membership.MemberAdmitted", "m1", Map.of("memberId", "m1")),
            new ConsumerRecord<>("membership.events", 0, 9, "x", "not json"),
            record("membership.BranchDissolved", "b0", Map.of("reason", "no branch")),
            dissolved("b2")));

    assertThat(gateway.sent)
        .extracting(m -> ((CloseBooksCommand) m.getPayload()).branchId().value())
        .containsExactly("b2");
    assertThat(acks).isEqualTo(1);
  }

  @Test
  void aRefusedClosingIsSkippedSoTheRestAreClosed() {
    gateway.refuse =
        c -> c instanceof CloseBooksCommand close && close.branchId().value().equals("b1");
    consume(List.of(dissolved("b1"), dissolved("b2")));

    assertThat(gateway.sent).hasSize(1);
    assertThat(acks).isEqualTo(1);
  }

  @Test
  void aStoreFailureLeavesTheBatchUnacknowledgedToBeDeliveredAgain() {
    gateway.down = true;

    assertThatThrownBy(() -> consume(List.of(dissolved("b1"))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(acks).isZero();
  }

  private void consume(List<ConsumerRecord<String, String>> records) {
    consumer.onBatch(records, () -> acks++);
  }

  private static ConsumerRecord<String, String> dissolved(String branchId) {
    return record(
        "membership.BranchDissolved",
        branchId,
        new BranchDissolvedEvent(new BranchId(branchId), EFFECTIVE, "4133/TLĐ-ToC"));
  }

  private static ConsumerRecord<String, String> record(String type, String id, Object payload) {
    var envelope =
        new EventEnvelope(
            "e-" + id,
            type,
            "1",
            "Branch",
            id,
            0,
            Instant.parse("2025-06-01T00:00:00Z"),
            Map.of(MetadataKeys.CORRELATION_ID, "corr-" + id),
            JSON.valueToTree(payload));
    try {
      return new ConsumerRecord<>("membership.events", 0, 1, id, JSON.writeValueAsString(envelope));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
