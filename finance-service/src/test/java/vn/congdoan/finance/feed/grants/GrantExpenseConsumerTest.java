package vn.congdoan.finance.feed.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.RecordGrantExpenseCommand;
import vn.congdoan.finance.api.ReverseGrantExpenseCommand;
import vn.congdoan.finance.command.GrantBooking;
import vn.congdoan.finance.feed.FakeCommandGateway;
import vn.congdoan.finance.feed.FeedTopic;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.welfare.api.Fund;
import vn.congdoan.welfare.api.GrantKind;
import vn.congdoan.welfare.api.Recipient;
import vn.congdoan.welfare.api.Relation;
import vn.congdoan.welfare.api.WelfareGrantRecipientsListedEvent;
import vn.congdoan.welfare.api.WelfareGrantRecordedEvent;
import vn.congdoan.welfare.api.WelfareGrantRecordedInPartsEvent;
import vn.congdoan.welfare.api.WelfareGrantReversedEvent;

class GrantExpenseConsumerTest {
  private static final FeedTopic WELFARE_EVENTS =
      new FeedTopic("welfare.events", 0, "WelfareGrant", Instant.parse("2024-03-08T03:00:00Z"));
  private static final LocalDate GRANTED = LocalDate.of(2024, 3, 8);

  private final FakeCommandGateway gateway = new FakeCommandGateway();
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final GrantExpenseConsumer consumer =
      new GrantExpenseConsumer(new WelfareGrants(), gateway, metrics);
  private int acks;

  @Test
  void aGrantBecomesAnExpenseOfAllItsRecipientsOnItsDate() {
    consume(grant("g1"));

    gateway.assertOnlySent(
        new RecordGrantExpenseCommand(new BranchId("b1"), new GrantId("g1"), 1_000_000, GRANTED),
        "system:welfare-grants",
        "b1",
        "corr-g1");
    assertThat(acks).isEqualTo(1);
  }

  @Test
  void aGiftRecordedInPartsIsOneExpenseOfAllItsRecipientsAndItsPartsNone() {
    var part =
        new WelfareGrantRecipientsListedEvent(
            new GrantId("g8"),
            new BranchId("b1"),
            0,
            List.of(new Recipient(new MemberId("m1"), Relation.SELF)));
    var gift =
        new WelfareGrantRecordedInPartsEvent(
            new GrantId("g8"),
            new BranchId("b1"),
            GrantKind.WOMENS_DAY_MAR8,
            GRANTED,
            20_000,
            20,
            500_000,
            Fund.DUES,
            null);
    consume(
        List.of(
            record("welfare.WelfareGrantRecipientsListed", "g8", part),
            record("welfare.WelfareGrantRecordedInParts", "g8", gift)));

    assertThat(gateway.sent)
        .extracting(m -> (Object) m.getPayload())
        .containsExactly(
            new RecordGrantExpenseCommand(
                new BranchId("b1"), new GrantId("g8"), 10_000_000_000L, GRANTED));
  }

  @Test
  void aReversalReversesOnItsOwnDate() {
    var reversal =
        new WelfareGrantReversedEvent(
            new GrantId("g1"), new BranchId("b1"), "Nhầm người", LocalDate.of(2025, 1, 2));
    consume(record("welfare.WelfareGrantReversed", "g1", reversal));

    assertThat(gateway.sent.get(0).getPayload())
        .isEqualTo(
            new ReverseGrantExpenseCommand(
                new BranchId("b1"), new GrantId("g1"), LocalDate.of(2025, 1, 2)));
  }

  @Test
  void otherWelfareEventsAndGarbageAreSkipped() {
    consume(
        List.of(
            record("welfare.CampaignLaunched", "c1", Map.of("campaignId", "c1")),
            WELFARE_EVENTS.garbage(),
            grant("g2")));

    assertThat(gateway.sent)
        .extracting(m -> ((RecordGrantExpenseCommand) m.getPayload()).grantId())
        .containsExactly(new GrantId("g2"));
    assertThat(acks).isEqualTo(1);
  }

  @Test
  void aRefusedGrantIsSkippedSoTheRestAreBooked() {
    gateway.refuse =
        c ->
            c instanceof RecordGrantExpenseCommand grant
                && grant.grantId().equals(new GrantId("g1"));
    consume(List.of(grant("g1"), grant("g2")));

    assertThat(gateway.sent).hasSize(1);
    assertThat(acks).isEqualTo(1);
  }

  @Test
  void whatTheLedgerParksIsCountedForOperators() {
    gateway.result =
        c ->
            c instanceof RecordGrantExpenseCommand g && g.grantId().equals(new GrantId("g1"))
                ? GrantBooking.PARKED
                : GrantBooking.BOOKED;
    consume(List.of(grant("g1"), grant("g2")));

    assertThat(metrics.counter(GrantExpenseConsumer.PARKED, "entry", "grant").count()).isEqualTo(1);
    assertThat(acks).isEqualTo(1);
  }

  @Test
  void aStoreFailureLeavesTheBatchUnacknowledgedToBeDeliveredAgain() {
    gateway.down = true;

    assertThatThrownBy(() -> consume(grant("g1"))).isInstanceOf(IllegalStateException.class);
    assertThat(acks).isZero();
  }

  private void consume(List<ConsumerRecord<String, String>> records) {
    consumer.onBatch(records, () -> acks++);
  }

  private void consume(ConsumerRecord<String, String> record) {
    consume(List.of(record));
  }

  private static ConsumerRecord<String, String> grant(String grantId) {
    var event =
        new WelfareGrantRecordedEvent(
            new GrantId(grantId),
            new BranchId("b1"),
            GrantKind.WOMENS_DAY_MAR8,
            GRANTED,
            List.of(
                new Recipient(new MemberId("m1"), Relation.SELF),
                new Recipient(new MemberId("m2"), Relation.SELF)),
            500_000,
            Fund.DUES,
            null);
    return record("welfare.WelfareGrantRecorded", grantId, event);
  }

  private static ConsumerRecord<String, String> record(String type, String id, Object payload) {
    var metadata =
        Map.of(
            MetadataKeys.USER,
            "officer",
            MetadataKeys.BRANCH,
            "b1",
            MetadataKeys.CORRELATION_ID,
            "corr-" + id);
    return WELFARE_EVENTS.record(type, id, metadata, payload);
  }
}
