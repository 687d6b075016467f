package vn.congdoan.welfare.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.welfare.api.Fund;
import vn.congdoan.welfare.api.GrantKind;
import vn.congdoan.welfare.api.Recipient;
import vn.congdoan.welfare.api.RecordWelfareGrantCommand;
import vn.congdoan.welfare.api.Relation;
import vn.congdoan.welfare.api.ReverseWelfareGrantCommand;
import vn.congdoan.welfare.api.WelfareGrantRecordedEvent;
import vn.congdoan.welfare.api.WelfareGrantReversedEvent;

class GrantTest {
  private static final String GRANT = "tham-om-le-van-binh";
  private static final String BRANCH = "vp-doan-dbqh";
  private static final LocalDate GRANTED_ON = LocalDate.of(2025, 3, 14);
  private static final LocalDate REVERSED_ON = LocalDate.of(2025, 3, 20);
  private static final String NOTE = "Thăm ốm đồng chí Lê Văn Bình";
  private static final String REASON = "Ghi trùng";
  private static final Recipient BINH = new Recipient(new MemberId("le-van-binh"), Relation.SELF);

  private final FakeBranchBooks books = new FakeBranchBooks();
  private AggregateTestFixture<Grant> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Grant.class);
    fixture.registerInjectableResource(
        new FakeMemberDirectory()
            .member(BRANCH, "le-van-binh", LocalDate.of(2010, 5, 1))
            .member(BRANCH, "tran-thi-mai", LocalDate.of(2012, 1, 1))
            .left("tran-thi-mai", LocalDate.of(2025, 1, 1))
            .member("other-branch", "pham-van-an", LocalDate.of(2010, 5, 1)));
    fixture.registerInjectableResource(books);
  }

  private static RecordWelfareGrantCommand grant(List<Recipient> recipients, long amountVndEach) {
    return new RecordWelfareGrantCommand(
        new GrantId(GRANT),
        new BranchId(BRANCH),
        GrantKind.SICKNESS_VISIT,
        GRANTED_ON,
        recipients,
        amountVndEach,
        Fund.DUES,
        NOTE);
  }

  private static WelfareGrantRecordedEvent recorded(List<Recipient> recipients, long each) {
    return new WelfareGrantRecordedEvent(
        new GrantId(GRANT),
        new BranchId(BRANCH),
        GrantKind.SICKNESS_VISIT,
        GRANTED_ON,
        recipients,
        each,
        Fund.DUES,
        NOTE);
  }

  @Test
  void recordingAGrantRecordsItWithItsVietnameseNote() {
    fixture
        .givenNoPriorActivity()
        .when(grant(List.of(BINH), 500_000))
        .expectSuccessfulHandlerExecution()
        .expectEvents(recorded(List.of(BINH), 500_000));
  }

  @Test
  void theSameMemberMayReceiveUnderDifferentRelations() {
    var forHisFather = new Recipient(new MemberId("le-van-binh"), Relation.PARENT);
    fixture
        .givenNoPriorActivity()
        .when(grant(List.of(BINH, forHisFather), 300_000))
        .expectEvents(recorded(List.of(BINH, forHisFather), 300_000));
  }

  @Test
  void aMemberMayHaveSeveralChildrenAndTwoParentsAmongTheRecipients() {
    var child = new Recipient(new MemberId("le-van-binh"), Relation.CHILD);
    var parent = new Recipient(new MemberId("le-van-binh"), Relation.PARENT);
    var recipients = List.of(child, child, child, parent, parent);
    fixture
        .givenNoPriorActivity()
        .when(grant(recipients, 200_000))
        .expectEvents(recorded(recipients, 200_000));
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
  void aRecipientListedTwiceAsSelfIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(
            grant(
                List.of(BINH, new Recipient(new MemberId("le-van-binh"), Relation.SELF)), 500_000))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Member le-van-binh is listed twice as SELF")
        .expectNoEvents();
  }

  @Test
  void aSpouseListedTwiceIsRefused() {
    var spouse = new Recipient(new MemberId("le-van-binh"), Relation.SPOUSE);
    fixture
        .givenNoPriorActivity()
        .when(grant(List.of(spouse, spouse), 500_000))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Member le-van-binh is listed twice as SPOUSE")
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

  @Test
  void anUnknownRecipientIsRefusedByName() {
    fixture
        .givenNoPriorActivity()
        .when(
            grant(
                List.of(BINH, new Recipient(new MemberId("not-a-member"), Relation.SELF)), 500_000))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Member not-a-member is unknown")
        .expectNoEvents();
  }

  @Test
  void aMemberOfAnotherBranchOrWhoHadLeftIsRefusedAndEveryProblemIsTold() {
    fixture
        .givenNoPriorActivity()
        .when(
            grant(
                List.of(
                    new Recipient(new MemberId("pham-van-an"), Relation.SELF),
                    new Recipient(new MemberId("tran-thi-mai"), Relation.CHILD)),
                500_000))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(
            "Member pham-van-an is not in branch vp-doan-dbqh on 2025-03-14; Member tran-thi-mai"
                + " is not in branch vp-doan-dbqh on 2025-03-14")
        .expectNoEvents();
  }

  @Test
  void aGrantIsReversedByANewEvent() {
    fixture
        .given(recorded(List.of(BINH), 500_000))
        .when(
            new ReverseWelfareGrantCommand(
                new GrantId(GRANT), new BranchId(BRANCH), REASON, REVERSED_ON))
        .expectEvents(
            new WelfareGrantReversedEvent(
                new GrantId(GRANT), new BranchId(BRANCH), REASON, REVERSED_ON));
  }

  @Test
  void reversingTwiceIsRefused() {
    fixture
        .given(
            recorded(List.of(BINH), 500_000),
            new WelfareGrantReversedEvent(
                new GrantId(GRANT), new BranchId(BRANCH), REASON, REVERSED_ON))
        .when(
            new ReverseWelfareGrantCommand(
                new GrantId(GRANT), new BranchId(BRANCH), REASON, REVERSED_ON.plusDays(1)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Grant tham-om-le-van-binh was already reversed on 2025-03-20")
        .expectNoEvents();
  }

  @Test
  void anotherBranchsGrantIsUnknownToReversal() {
    fixture
        .given(recorded(List.of(BINH), 500_000))
        .when(
            new ReverseWelfareGrantCommand(
                new GrantId(GRANT), new BranchId("other-branch"), REASON, REVERSED_ON))
        .expectException(NotFoundException.class)
        .expectNoEvents();
  }

  @Test
  void aGrantDatedInAYearFinanceHasSettledIsRefusedNamingWhy() {
    books.settled(BRANCH, 2025);
    fixture
        .givenNoPriorActivity()
        .when(grant(List.of(BINH), 500_000))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Year 2025 of branch " + BRANCH + " is settled");
  }

  @Test
  void aGrantDatedAfterTheSettledYearIsRecorded() {
    books.settled(BRANCH, 2024);
    fixture
        .givenNoPriorActivity()
        .when(grant(List.of(BINH), 500_000))
        .expectEvents(recorded(List.of(BINH), 500_000));
  }

  @Test
  void aGrantOfABranchWhoseBooksClosedIsRefused() {
    books.closed(BRANCH, LocalDate.of(2025, 5, 31));
    fixture
        .givenNoPriorActivity()
        .when(grant(List.of(BINH), 500_000))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("The books of branch " + BRANCH + " closed on 2025-05-31");
  }

  @Test
  void aGrantOfASettledYearIsStillReversedForItLandsInTheOpenYear() {
    books.settled(BRANCH, 2025);
    fixture
        .given(recorded(List.of(BINH), 500_000))
        .when(
            new ReverseWelfareGrantCommand(
                new GrantId(GRANT), new BranchId(BRANCH), REASON, REVERSED_ON))
        .expectEvents(
            new WelfareGrantReversedEvent(
                new GrantId(GRANT), new BranchId(BRANCH), REASON, REVERSED_ON));
  }

  @Test
  void nothingIsReversedOnceTheBooksClosed() {
    books.closed(BRANCH, LocalDate.of(2025, 5, 31));
    fixture
        .given(recorded(List.of(BINH), 500_000))
        .when(
            new ReverseWelfareGrantCommand(
                new GrantId(GRANT), new BranchId(BRANCH), REASON, REVERSED_ON))
        .expectException(RuleViolationException.class);
  }
}
