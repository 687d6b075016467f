package vn.congdoan.finance.feed.dissolutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.CloseBooksCommand;
import vn.congdoan.finance.feed.FakeCommandGateway;
import vn.congdoan.finance.feed.FeedTopic;
import vn.congdoan.membership.api.BranchDissolvedEvent;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MetadataKeys;

class DissolutionConsumerTest {
  private static final FeedTopic MEMBERSHIP_EVENTS =
      new FeedTopic("membership.events", 1, "Branch", Instant.parse("2025-06-01T00:00:00Z"));
  private static final LocalDate EFFECTIVE = LocalDate.of(2025, 6, 1);

  private final FakeCommandGateway gateway = new FakeCommandGateway();
  private final DissolutionConsumer consumer = new DissolutionConsumer(new Dissolutions(), gateway);
  private int acks;

  @Test
  void aDissolutionClosesTheBooksTheDayBeforeItTakesEffect() {
    consume(List.of(dissolved("b1")));

    gateway.assertOnlySent(
        new CloseBooksCommand(new BranchId("b1"), LocalDate.of(2025, 5, 31), "4133/TLĐ-ToC"),
        "system:membership-dissolutions",
        "b1",
        "corr-b1");
    assertThat(acks).isEqualTo(1);
  }

  @Test
  void otherMembershipEventsAndGarbageAreSkipped() {
    consume(
        List.of(
            record("membership.MemberAdmitted", "m1", Map.of("memberId", "m1")),
            MEMBERSHIP_EVENTS.garbage(),
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
    return MEMBERSHIP_EVENTS.record(
        type, id, Map.of(MetadataKeys.CORRELATION_ID, "corr-" + id), payload);
  }
}
