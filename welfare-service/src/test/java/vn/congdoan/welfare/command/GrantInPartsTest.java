package vn.congdoan.welfare.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.welfare.api.Fund;
import vn.congdoan.welfare.api.GrantKind;
import vn.congdoan.welfare.api.Recipient;
import vn.congdoan.welfare.api.RecordWelfareGrantCommand;
import vn.congdoan.welfare.api.Relation;
import vn.congdoan.welfare.api.ReverseWelfareGrantCommand;
import vn.congdoan.welfare.api.WelfareGrantRecipientsListedEvent;
import vn.congdoan.welfare.api.WelfareGrantRecordedEvent;
import vn.congdoan.welfare.api.WelfareGrantRecordedInPartsEvent;
import vn.congdoan.welfare.api.WelfareGrantReversedEvent;

/** An occasion gift to every woman of a 20,000-member branch, recorded in bounded events. */
class GrantInPartsTest {
  private static final String GRANT = "qua-8-3-2025";
  private static final String BRANCH = "cdcs-khu-cong-nghiep";
  private static final LocalDate MARCH_8 = LocalDate.of(2025, 3, 8);
  private static final String NOTE = "Tặng quà nhân ngày Quốc tế Phụ nữ 8/3";
  private static final int WOMEN = 20_000;

  /** Member ids as long as generated ones (36 characters), so the sizes are realistic. */
  private final List<Recipient> women =
      IntStream.range(0, WOMEN)
          .mapToObj(
              i ->
                  new Recipient(
                      new MemberId(UUID.nameUUIDFromBytes(bytes(i)).toString()), Relation.SELF))
          .toList();

  private AggregateTestFixture<Grant> fixture;

  @BeforeEach
  void setUp() {
    var members = new FakeMemberDirectory();
    women.forEach(w -> members.woman(BRANCH, w.memberId().value(), LocalDate.of(2015, 1, 1)));
    fixture = new AggregateTestFixture<>(Grant.class);
    fixture.registerInjectableResource(members);
    fixture.registerInjectableResource(new FakeBranchBooks());
  }

  private RecordWelfareGrantCommand gift(List<Recipient> recipients) {
    return new RecordWelfareGrantCommand(
        new GrantId(GRANT),
        new BranchId(BRANCH),
        GrantKind.WOMENS_DAY_MAR8,
        MARCH_8,
        recipients,
        500_000,
        Fund.DUES,
        NOTE);
  }

  private List<Object> inParts() {
    List<Object> expected = new ArrayList<>();
    for (int part = 0; part < 20; part++) {
      expected.add(
          new WelfareGrantRecipientsListedEvent(
              new GrantId(GRANT),
              new BranchId(BRANCH),
              part,
              women.subList(part * 1000, (part + 1) * 1000)));
    }
    expected.add(
        new WelfareGrantRecordedInPartsEvent(
            new GrantId(GRANT),
            new BranchId(BRANCH),
            GrantKind.WOMENS_DAY_MAR8,
            MARCH_8,
            WOMEN,
            20,
            500_000,
            Fund.DUES,
            NOTE));
    return expected;
  }

  @Test
  void aGiftToTwentyThousandWomenIsRecordedInBoundedPartsAndTheGrant() {
    List<Object> expected = inParts();
    fixture
        .givenNoPriorActivity()
        .when(gift(women))
        .expectSuccessfulHandlerExecution()
        .expectEvents(expected.toArray());

    // what was recorded, as stored and published: far below Kafka's 1 MB
    int largest = expected.stream().mapToInt(e -> json(e).length).max().orElseThrow();
    assertThat(largest).isLessThan(100 * 1024);
  }

  @Test
  void aThousandRecipientsStillMakeOneEventAsBefore() {
    var thousand = women.subList(0, 1000);
    fixture
        .givenNoPriorActivity()
        .when(gift(thousand))
        .expectEvents(
            new WelfareGrantRecordedEvent(
                new GrantId(GRANT),
                new BranchId(BRANCH),
                GrantKind.WOMENS_DAY_MAR8,
                MARCH_8,
                thousand,
                500_000,
                Fund.DUES,
                NOTE));
  }

  @Test
  void aGiftRecordedInPartsIsReversedAsOneGrant() {
    var reversedOn = LocalDate.of(2025, 3, 20);
    fixture
        .given(inParts())
        .when(
            new ReverseWelfareGrantCommand(
                new GrantId(GRANT), new BranchId(BRANCH), "Ghi nhầm ngày", reversedOn))
        .expectEvents(
            new WelfareGrantReversedEvent(
                new GrantId(GRANT), new BranchId(BRANCH), "Ghi nhầm ngày", reversedOn));
  }

  private static byte[] bytes(int i) {
    return new byte[] {(byte) i, (byte) (i >> 8)};
  }

  private static byte[] json(Object payload) {
    try {
      return EventJson.mapper().writeValueAsBytes(payload);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
