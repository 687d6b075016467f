package vn.congdoan.welfare.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.Acknowledgment;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.platform.api.Topics;

/** The listener method on hand-made records: no broker involved. */
class MemberEventConsumerTest extends DirectoryCase {
  private static final String BRANCH = "so-y-te";
  private static final LocalDate JOINED = LocalDate.of(2021, 10, 20);

  private final Acknowledgment ack = mock(Acknowledgment.class);
  private MemberEventConsumer consumer;

  @BeforeEach
  void start() {
    consumer = new MemberEventConsumer(model.events, model.projection);
  }

  private static ConsumerRecord<String, String> record(long offset, String value) {
    return new ConsumerRecord<>(Topics.MEMBERSHIP, 0, offset, BRANCH, value);
  }

  @Test
  void recordsThatAreNotEnvelopesAreSkippedAndTheRestAppliedThenAcknowledged() {
    var lan = events.admitted(BRANCH, "lan", Gender.FEMALE, JOINED);
    var mai = events.admitted(BRANCH, "mai", Gender.FEMALE, JOINED);

    consumer.onBatch(
        List.of(
            record(0, MembershipEventMother.json(lan)),
            record(1, "{\"eventId\": \"cắt ngang"),
            record(2, null),
            record(3, MembershipEventMother.json(mai))),
        ack);

    assertThat(model.directory.activeWomen(BRANCH, JOINED)).containsExactly("lan", "mai");
    assertThat(model.count("poison")).isEqualTo(2);
    verify(ack).acknowledge();
  }

  @Test
  void aBatchThatCannotBeWrittenIsNotAcknowledged() {
    var lan = events.admitted(BRANCH, "lan", Gender.FEMALE, JOINED);
    mongo.close(); // the store is away

    assertThatThrownBy(
            () -> consumer.onBatch(List.of(record(0, MembershipEventMother.json(lan))), ack))
        .isInstanceOf(RuntimeException.class);
    verify(ack, never()).acknowledge();
  }
}
