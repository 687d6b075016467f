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
import vn.congdoan.membership.api.MemberId;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.RecordActivityCommand;
import vn.congdoan.membership.api.RecordDepartureCommand;
import vn.congdoan.platform.api.RuleViolationException;

class DissolutionTest {
  private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
  private static final String REASON = "Công văn 4133/TLĐ-ToC";
  private static final BranchDissolvedEvent DISSOLVED =
      new BranchDissolvedEvent(BRANCH, JUNE_1, REASON);
  private static final MemberId BINH = new MemberId("le-van-binh");

  private AggregateTestFixture<Branch> fixture;

  @BeforeEach
  void setUp() {
    fixture = BranchMother.fixture(new FakeKeys(), new FakeClaims());
  }

  @Test
  void aBranchWithNoActiveMembersIsDissolved() {
    fixture
        .given(REGISTERED, GROUP_1)
        .when(new DissolveBranchCommand(BRANCH, JUNE_1, REASON))
        .expectEvents(DISSOLVED);
  }

  @Test
  void dissolvingWhileMembersAreUndecidedIsRefusedSayingHowMany() {
    fixture
        .given(
            REGISTERED,
            GROUP_1,
            BranchMother.hongAdmitted(),
            BranchMother.admitted(
                BINH,
                new PersonalData("Lê Văn Bình", LocalDate.of(1979, 1, 2), null, null),
                "to-1"))
        .when(new DissolveBranchCommand(BRANCH, JUNE_1, REASON))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(
            "2 member(s) of branch vp-doan-dbqh are still active on 2025-06-01: record their"
                + " departure (TRANSFERRED_OUT) or transfer them to another branch before"
                + " dissolving it")
        .expectNoEvents();
  }

  @Test
  void membersWhoLeftByTheEffectiveDateNoLongerHoldItBack() {
    fixture
        .given(
            REGISTERED, GROUP_1, BranchMother.hongAdmitted(), BranchMother.departed(HONG, JUNE_1))
        .when(new DissolveBranchCommand(BRANCH, JUNE_1, REASON))
        .expectEvents(DISSOLVED);
  }

  @Test
  void aMemberLeavingOnlyAfterTheEffectiveDateIsStillUndecided() {
    fixture
        .given(
            REGISTERED,
            GROUP_1,
            BranchMother.hongAdmitted(),
            BranchMother.departed(HONG, JUNE_1.plusDays(1)))
        .when(new DissolveBranchCommand(BRANCH, JUNE_1, REASON))
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
  void aDissolvedBranchRefusesGroupsActivitiesAndDepartures() {
    fixture
        .given(REGISTERED, GROUP_1, DISSOLVED)
        .when(new AddGroupCommand(BRANCH, "to-2", "Tổ 2"))
        .expectException(RuleViolationException.class);
    fixture
        .given(REGISTERED, GROUP_1, DISSOLVED)
        .when(
            new RecordActivityCommand(
                BRANCH, "a1", ActivityKind.MEETING, "Họp", JUNE_1.plusDays(3), 10))
        .expectException(RuleViolationException.class);
    fixture
        .given(
            REGISTERED,
            GROUP_1,
            BranchMother.hongAdmitted(),
            BranchMother.departed(HONG, JUNE_1),
            DISSOLVED)
        .when(new RecordDepartureCommand(BRANCH, HONG, DepartureReason.RETIRED, JUNE_1))
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
