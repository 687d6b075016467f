package vn.congdoan.membership.command;

import static vn.congdoan.membership.command.BranchMother.BRANCH;
import static vn.congdoan.membership.command.BranchMother.GROUP_1;
import static vn.congdoan.membership.command.BranchMother.HONG;
import static vn.congdoan.membership.command.BranchMother.HONG_DATA;
import static vn.congdoan.membership.command.BranchMother.REGISTERED;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.ActivityKind;
import vn.congdoan.membership.api.AddGroupCommand;
import vn.congdoan.membership.api.BranchDissolvedEvent;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.DissolveBranchCommand;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberTransferredOutEvent;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.RecordActivityCommand;
import vn.congdoan.membership.api.RecordDepartureCommand;
import vn.congdoan.membership.api.TransferMemberCommand;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.RuleViolationException;

/** A dissolution without a receiving branch: see {@link DissolutionIntoBranchTest} for one. */
class DissolutionTest {
  private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
  private static final String REASON = "Công văn 4133/TLĐ-ToC";
  private static final DissolveBranchCommand DISSOLVE =
      new DissolveBranchCommand(BRANCH, JUNE_1, REASON);
  private static final BranchDissolvedEvent DISSOLVED =
      new BranchDissolvedEvent(BRANCH, JUNE_1, REASON);
  private static final MemberId BINH = new MemberId("le-van-binh");
  private static final PersonalData BINH_DATA =
      new PersonalData("Lê Văn Bình", LocalDate.of(1979, 1, 2), null, null);
  private static final String OVERRULED =
      "Branch vp-doan-dbqh cannot be dissolved on 2025-06-01: 1 member(s) have a change of their"
          + " own recorded after that date, which the dissolution would overrule: ";

  private AggregateTestFixture<Branch> fixture;

  @BeforeEach
  void setUp() {
    fixture = BranchMother.fixture(new FakeKeys(), new FakeClaims());
  }

  /** Bình admitted on {@code on} with only what the roster needs to count him. */
  private static MemberAdmittedEvent binhJoins(LocalDate on) {
    return new MemberAdmittedEvent(
        BINH, BRANCH, new GroupId("to-1"), FakeKeys.sealed(BINH_DATA), null, 1979, on, null, false);
  }

  private static MemberDepartedEvent woundUp(MemberId id) {
    return new MemberDepartedEvent(id, BRANCH, DepartureReason.BRANCH_DISSOLVED, JUNE_1);
  }

  @Test
  void aBranchWithNoActiveMembersIsDissolved() {
    fixture
        .given(REGISTERED, GROUP_1)
        .when(DISSOLVE)
        .expectEvents(DISSOLVED)
        .expectResultMessagePayload(0);
  }

  @Test
  void dissolutionDepartsEveryActiveMemberWithBranchDissolvedThenClosesTheBranch() {
    fixture
        .given(
            REGISTERED,
            GROUP_1,
            BranchMother.hongAdmitted(),
            BranchMother.admitted(BINH, BINH_DATA, "to-1"))
        .when(DISSOLVE)
        .expectEvents(woundUp(HONG), woundUp(BINH), DISSOLVED)
        .expectResultMessagePayload(2);
  }

  @Test
  void membersWhoLeftByTheEffectiveDateAreNotDepartedAgain() {
    fixture
        .given(
            REGISTERED,
            GROUP_1,
            BranchMother.hongAdmitted(),
            BranchMother.departed(HONG, JUNE_1),
            BranchMother.admitted(BINH, BINH_DATA, "to-1"))
        .when(DISSOLVE)
        .expectEvents(woundUp(BINH), DISSOLVED);
  }

  @Test
  void aMemberWhoJoinsOnTheEffectiveDateIsWoundUpTheSameDay() {
    fixture
        .given(REGISTERED, GROUP_1, binhJoins(JUNE_1))
        .when(DISSOLVE)
        .expectEvents(woundUp(BINH), DISSOLVED);
  }

  @Test
  void aDepartureRecordedForAfterTheEffectiveDateRefusesTheDissolutionNamingIt() {
    fixture
        .given(
            REGISTERED,
            GROUP_1,
            BranchMother.hongAdmitted(),
            BranchMother.admitted(BINH, BINH_DATA, "to-1"),
            new MemberDepartedEvent(HONG, BRANCH, DepartureReason.RETIRED, JUNE_1.plusDays(29)))
        .when(DISSOLVE)
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(OVERRULED + "nguyen-thi-hong leaves (RETIRED) on 2025-06-30")
        .expectNoEvents();
  }

  @Test
  void aTransferOutDatedAfterTheEffectiveDateRefusesTheDissolutionNamingIt() {
    fixture
        .given(
            REGISTERED,
            GROUP_1,
            BranchMother.hongAdmitted(),
            new MemberTransferredOutEvent(
                HONG, BRANCH, new BranchId("so-tu-phap"), JUNE_1.plusDays(14)))
        .when(DISSOLVE)
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(
            OVERRULED + "nguyen-thi-hong is transferred to branch so-tu-phap on 2025-06-15")
        .expectNoEvents();
  }

  @Test
  void aMemberWhoJoinsAfterTheEffectiveDateRefusesTheDissolutionNamingThem() {
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.hongAdmitted(), binhJoins(JUNE_1.plusDays(1)))
        .when(DISSOLVE)
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(OVERRULED + "le-van-binh joins on 2025-06-02")
        .expectNoEvents();
  }

  @Test
  void onlyTheDissolutionRecordsTheDepartureReasonBranchDissolved() {
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.hongAdmitted())
        .when(new RecordDepartureCommand(BRANCH, HONG, DepartureReason.BRANCH_DISSOLVED, JUNE_1))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void aDissolvedBranchAdmitsNobodyAndSaysWhy() {
    fixture
        .given(REGISTERED, GROUP_1, DISSOLVED)
        .when(BranchMother.admit(HONG, HONG_DATA, "to-1"))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(
            "Branch vp-doan-dbqh was dissolved on 2025-06-01 (Công văn 4133/TLĐ-ToC): it records"
                + " nothing new")
        .expectNoEvents();
  }

  @Test
  void aDissolvedBranchRefusesGroupsActivitiesDeparturesAndMoves() {
    fixture
        .given(REGISTERED, GROUP_1, DISSOLVED)
        .when(new AddGroupCommand(BRANCH, new GroupId("to-2"), "Tổ 2"))
        .expectException(RuleViolationException.class);
    fixture
        .given(REGISTERED, GROUP_1, DISSOLVED)
        .when(
            new RecordActivityCommand(
                BRANCH, "a1", ActivityKind.MEETING, "Họp", JUNE_1.plusDays(3), 10))
        .expectException(RuleViolationException.class);
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.hongAdmitted(), woundUp(HONG), DISSOLVED)
        .when(new RecordDepartureCommand(BRANCH, HONG, DepartureReason.RETIRED, JUNE_1))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.GROUP_2, BranchMother.hongAdmitted(), DISSOLVED)
        .when(new TransferMemberCommand(BRANCH, HONG, new GroupId("to-2"), null, JUNE_1))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void aBranchIsDissolvedOnlyOnce() {
    fixture
        .given(REGISTERED, DISSOLVED)
        .when(new DissolveBranchCommand(BRANCH, JUNE_1.plusDays(1), REASON))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }
}
