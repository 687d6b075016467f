package vn.congdoan.reporting.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.BranchRegisteredEvent;
import vn.congdoan.reporting.query.EventMother;

class EnvelopeDecoderTest {
  private final EnvelopeDecoder decoder = EnvelopeDecoder.forPlatform();
  private final EventMother events = new EventMother();

  @Test
  void anEnvelopeAsTheRelayPublishesItIsReadBackWhole() throws Exception {
    Delivery sent =
        events.branchRegistered("vp-doan-dbqh", "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh");

    var read = decoder.envelope(EventMother.json(sent)).orElseThrow();

    assertThat(read).isEqualTo(sent.envelope());
    assertThat(decoder.typeOf(read)).contains(BranchRegisteredEvent.class);
    assertThat(decoder.payload(read, BranchRegisteredEvent.class).name())
        .isEqualTo("Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh");
  }

  @Test
  void somethingThatIsNotACompleteEnvelopeIsNoEnvelope() {
    assertThat(decoder.envelope("không phải JSON")).isEmpty();
    assertThat(decoder.envelope("[1, 2]")).isEmpty();
    assertThat(decoder.envelope("{\"type\": \"membership.MemberAdmitted\"}")).isEmpty();
    assertThat(decoder.envelope(null)).isEmpty();
  }
}
