package vn.congdoan.welfare.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.welfare.api.Fund;
import vn.congdoan.welfare.api.GrantKind;
import vn.congdoan.welfare.api.Recipient;
import vn.congdoan.welfare.api.RecordWelfareGrantCommand;
import vn.congdoan.welfare.api.Relation;
import vn.congdoan.welfare.api.WelfareGrantRecordedEvent;

class GrantTest {
  private static final String GRANT = "tham-om-le-van-binh";
  private static final String BRANCH = "vp-doan-dbqh";
  private static final LocalDate GRANTED_ON = LocalDate.of(2025, 3, 14);
  private static final String NOTE = "Thăm ốm đồng chí Lê Văn Bình";
  private static final Recipient BINH = new Recipient("le-van-binh", Relation.SELF);

  private AggregateTestFixture<Grant> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Grant.class);
  }

  private static RecordWelfareGrantCommand grant(List<Recipient> recipients, long amountVndEach) {
    return new RecordWelfareGrantCommand(
        GRANT,
        BRANCH,
        GrantKind.SICKNESS_VISIT,
        GRANTED_ON,
        recipients,
        amountVndEach,
        Fund.DUES,
        NOTE);
  }

  @Test
  void recordingAGrantRecordsItWithItsVietnameseNote() {
    fixture
        .givenNoPriorActivity()
        .when(grant(List.of(BINH), 500_000))
        .expectSuccessfulHandlerExecution()
        .expectEvents(
            new WelfareGrantRecordedEvent(
                GRANT,
                BRANCH,
                GrantKind.SICKNESS_VISIT,
                GRANTED_ON,
                List.of(BINH),
                500_000,
                Fund.DUES,
                NOTE));
  }

  @Test
  void theSameMemberMayReceiveUnderDifferentRelations() {
    var forHisFather = new Recipient("le-van-binh", Relation.PARENT);
    fixture
        .givenNoPriorActivity()
        .when(grant(List.of(BINH, forHisFather), 300_000))
        .expectSuccessfulHandlerExecution()
        .expectEvents(
            new WelfareGrantRecordedEvent(
                GRANT,
                BRANCH,
                GrantKind.SICKNESS_VISIT,
                GRANTED_ON,
                List.of(BINH, forHisFather),
                300_000,
                Fund.DUES,
                NOTE));
  }

  @Test
  void aGrantWithoutRecipientsIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(grant(List.of(), 500_000))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void aRecipientListedTwiceWithTheSameRelationIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(grant(List.of(BINH, new Recipient("le-van-binh", Relation.SELF)), 500_000))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Member le-van-binh is listed twice as SELF")
        .expectNoEvents();
  }

  @Test
  void aZeroAmountIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(grant(List.of(BINH), 0))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void aNegativeAmountIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(grant(List.of(BINH), -500_000))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }
}
