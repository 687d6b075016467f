package vn.congdoan.welfare.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
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

  private ResultValidator<Grant> granting(List<Recipient> recipients, long amountVndEach) {
    return fixture.givenNoPriorActivity().when(grant(recipients, amountVndEach));
  }

  private static Recipient recipient(String member, Relation relation) {
    return new Recipient(new MemberId(member), relation);
  }

  private static ReverseWelfareGrantCommand reverse(String branch, LocalDate on) {
    return new ReverseWelfareGrantCommand(new GrantId(GRANT), new BranchId(branch), REASON, on);
  }

  private static WelfareGrantReversedEvent reversed() {
    return new WelfareGrantReversedEvent(
        new GrantId(GRANT), new BranchId(BRANCH), REASON, REVERSED_ON);
  }

  @Test
  void recordingAGrantRecordsItWithItsVietnameseNote() {
    granting(List.of(BINH), 500_000)
        .expectSuccessfulHandlerExecution()
        .expectEvents(recorded(List.of(BINH), 500_000));
  }

  @Test
  void theSameMemberMayReceiveUnderDifferentRelations() {
    var forHisFather = recipient("le-van-binh", Relation.PARENT);
    granting(List.of(BINH, forHisFather), 300_000)
        .expectEvents(recorded(List.of(BINH, forHisFather), 300_000));
  }

  @Test
  void aMemberMayHaveSeveralChildrenAndTwoParentsAmongTheRecipients() {
    var child = recipient("le-van-binh", Relation.CHILD);
    var parent = recipient("le-van-binh", Relation.PARENT);
    var recipients = List.of(child, child, child, parent, parent);
    granting(recipients, 200_000).expectEvents(recorded(recipients, 200_000));
  }

  @Test
  void aGrantWithoutRecipientsIsRefused() {
    granting(List.of(), 500_000).expectException(RuleViolationException.class).expectNoEvents();
  }

  @Test
  void aRecipientListedTwiceAsSelfIsRefused() {
    granting(List.of(BINH, recipient("le-van-binh", Relation.SELF)), 500_000)
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Member le-van-binh is listed twice as SELF")
        .expectNoEvents();
  }

  @Test
  void aSpouseListedTwiceIsRefused() {
    var spouse = recipient("le-van-binh", Relation.SPOUSE);
    granting(List.of(spouse, spouse), 500_000)
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Member le-van-binh is listed twice as SPOUSE")
        .expectNoEvents();
  }

  @Test
  void aZeroAmountIsRefused() {
    granting(List.of(BINH), 0).expectException(RuleViolationException.class).expectNoEvents();
  }

  @Test
  void aNegativeAmountIsRefused() {
    granting(List.of(BINH), -500_000)
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void anUnknownRecipientIsRefusedByName() {
    granting(List.of(BINH, recipient("not-a-member", Relation.SELF)), 500_000)
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Member not-a-member is unknown")
        .expectNoEvents();
  }

  @Test
  void aMemberOfAnotherBranchOrWhoHadLeftIsRefusedAndEveryProblemIsTold() {
    granting(
            List.of(
                recipient("pham-van-an", Relation.SELF), recipient("tran-thi-mai", Relation.CHILD)),
            500_000)
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
        .when(reverse(BRANCH, REVERSED_ON))
        .expectEvents(reversed());
  }

  @Test
  void reversingTwiceIsRefused() {
    fixture
        .given(recorded(List.of(BINH), 500_000), reversed())
        .when(reverse(BRANCH, REVERSED_ON.plusDays(1)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Grant tham-om-le-van-binh was already reversed on 2025-03-20")
        .expectNoEvents();
  }

  @Test
  void anotherBranchsGrantIsUnknownToReversal() {
    fixture
        .given(recorded(List.of(BINH), 500_000))
        .when(reverse("other-branch", REVERSED_ON))
        .expectException(NotFoundException.class)
        .expectNoEvents();
  }

  @Test
  void aGrantDatedInAYearFinanceHasSettledIsRefusedNamingWhy() {
    books.settled(BRANCH, 2025);
    granting(List.of(BINH), 500_000)
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Year 2025 of branch " + BRANCH + " is settled");
  }

  @Test
  void aGrantDatedAfterTheSettledYearIsRecorded() {
    books.settled(BRANCH, 2024);
    granting(List.of(BINH), 500_000).expectEvents(recorded(List.of(BINH), 500_000));
  }

  @Test
  void aGrantOfABranchWhoseBooksClosedIsRefused() {
    books.closed(BRANCH, LocalDate.of(2025, 5, 31));
    granting(List.of(BINH), 500_000)
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("The books of branch " + BRANCH + " closed on 2025-05-31");
  }

  @Test
  void aGrantOfASettledYearIsStillReversedForItLandsInTheOpenYear() {
    books.settled(BRANCH, 2025);
    fixture
        .given(recorded(List.of(BINH), 500_000))
        .when(reverse(BRANCH, REVERSED_ON))
        .expectEvents(reversed());
  }

  @Test
  void nothingIsReversedOnceTheBooksClosed() {
    books.closed(BRANCH, LocalDate.of(2025, 5, 31));
    fixture
        .given(recorded(List.of(BINH), 500_000))
        .when(reverse(BRANCH, REVERSED_ON))
        .expectException(RuleViolationException.class);
  }
}
