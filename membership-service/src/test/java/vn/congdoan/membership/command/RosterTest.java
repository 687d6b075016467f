package vn.congdoan.membership.command;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.membership.command.BranchMother.BRANCH;
import static vn.congdoan.membership.command.BranchMother.GROUP_1;
import static vn.congdoan.membership.command.BranchMother.GROUP_2;
import static vn.congdoan.membership.command.BranchMother.HONG;
import static vn.congdoan.membership.command.BranchMother.HONG_DATA;
import static vn.congdoan.membership.command.BranchMother.JOINED;
import static vn.congdoan.membership.command.BranchMother.REGISTERED;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.AdmitMemberCommand;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.EraseMemberCommand;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberErasedEvent;
import vn.congdoan.membership.api.MemberMovedToGroupEvent;
import vn.congdoan.membership.api.RecordDepartureCommand;
import vn.congdoan.membership.api.TransferMemberCommand;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.RuleViolationException;

class RosterTest {
  private static final LocalDate JUNE_1 = LocalDate.of(2024, 6, 1);

  private FakeKeys keys;
  private FakeClaims claims;
  private AggregateTestFixture<Branch> fixture;

  @BeforeEach
  void setUp() {
    keys = new FakeKeys();
    claims = new FakeClaims();
    fixture = BranchMother.fixture(keys, claims);
  }

  @Test
  void admittingSealsThePersonalDataAndKeepsTheBirthYearReadable() {
    fixture
        .given(REGISTERED, GROUP_1)
        .when(BranchMother.admit(HONG, HONG_DATA, "to-1"))
        .expectEvents(BranchMother.hongAdmitted())
        .expectResultMessagePayload("nguyen-thi-hong");
    assertThat(claims.claims).containsEntry(HONG, BRANCH);
  }

  @Test
  void anHonoraryMemberIsAdmittedAsSuch() {
    var honorary =
        new AdmitMemberCommand(
            BRANCH, HONG, new GroupId("to-1"), HONG_DATA, Gender.FEMALE, JOINED, null, true);
    fixture
        .given(REGISTERED, GROUP_1)
        .when(honorary)
        .expectEvents(
            new MemberAdmittedEvent(
                HONG,
                BRANCH,
                new GroupId("to-1"),
                FakeKeys.sealed(HONG_DATA),
                Gender.FEMALE,
                1985,
                JOINED,
                null,
                true));
  }

  @Test
  void admittingIntoAGroupTheBranchDoesNotHaveIsRefused() {
    fixture
        .given(REGISTERED, GROUP_1)
        .when(BranchMother.admit(HONG, HONG_DATA, "to-9"))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Branch vp-doan-dbqh has no group to-9")
        .expectNoEvents();
  }

  @Test
  void admittingTheSameMemberTwiceIsAConflict() {
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.hongAdmitted())
        .when(BranchMother.admit(HONG, HONG_DATA, "to-1"))
        .expectException(ConflictException.class)
        .expectNoEvents();
  }

  @Test
  void anIdHeldByAnotherBranchIsAConflict() {
    claims.claims.put(HONG, new BranchId("another-branch"));
    fixture
        .given(REGISTERED, GROUP_1)
        .when(BranchMother.admit(HONG, HONG_DATA, "to-1"))
        .expectException(ConflictException.class)
        .expectNoEvents();
  }

  @Test
  void joiningBeforeBeingBornIsRefused() {
    var early =
        new AdmitMemberCommand(
            BRANCH,
            HONG,
            new GroupId("to-1"),
            HONG_DATA,
            Gender.FEMALE,
            LocalDate.of(1980, 1, 1),
            null,
            false);
    fixture
        .given(REGISTERED, GROUP_1)
        .when(early)
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void aDepartureIsRecordedWithItsReasonAndDate() {
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.hongAdmitted())
        .when(new RecordDepartureCommand(BRANCH, HONG, DepartureReason.RETIRED, JUNE_1))
        .expectEvents(new MemberDepartedEvent(HONG, BRANCH, DepartureReason.RETIRED, JUNE_1));
  }

  @Test
  void aMemberWhoHasLeftCannotLeaveAgain() {
    fixture
        .given(
            REGISTERED, GROUP_1, BranchMother.hongAdmitted(), BranchMother.departed(HONG, JUNE_1))
        .when(
            new RecordDepartureCommand(BRANCH, HONG, DepartureReason.RESIGNED, JUNE_1.plusDays(9)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Member nguyen-thi-hong already left on 2024-06-01")
        .expectNoEvents();
  }

  @Test
  void leavingBeforeJoiningIsRefused() {
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.hongAdmitted())
        .when(
            new RecordDepartureCommand(BRANCH, HONG, DepartureReason.RETIRED, JOINED.minusDays(1)))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void anUnknownMemberCannotLeave() {
    fixture
        .given(REGISTERED, GROUP_1)
        .when(new RecordDepartureCommand(BRANCH, HONG, DepartureReason.RETIRED, JUNE_1))
        .expectException(NotFoundException.class)
        .expectNoEvents();
  }

  @Test
  void aMemberMovesToAnotherGroupOfTheBranch() {
    fixture
        .given(REGISTERED, GROUP_1, GROUP_2, BranchMother.hongAdmitted())
        .when(new TransferMemberCommand(BRANCH, HONG, new GroupId("to-2"), null, JUNE_1))
        .expectEvents(
            new MemberMovedToGroupEvent(
                HONG, BRANCH, new GroupId("to-1"), new GroupId("to-2"), JUNE_1));
  }

  @Test
  void movingToTheGroupTheMemberIsInIsRefused() {
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.hongAdmitted())
        .when(new TransferMemberCommand(BRANCH, HONG, new GroupId("to-1"), null, JUNE_1))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void aDepartedMemberCannotBeMoved() {
    fixture
        .given(
            REGISTERED,
            GROUP_1,
            GROUP_2,
            BranchMother.hongAdmitted(),
            BranchMother.departed(HONG, JUNE_1))
        .when(
            new TransferMemberCommand(BRANCH, HONG, new GroupId("to-2"), null, JUNE_1.plusDays(1)))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void erasureDeletesTheKeyAndRecordsTheFact() {
    fixture
        .given(
            REGISTERED, GROUP_1, BranchMother.hongAdmitted(), BranchMother.departed(HONG, JUNE_1))
        .when(new EraseMemberCommand(BRANCH, HONG, false))
        .expectEvents(new MemberErasedEvent(HONG, BRANCH));
    assertThat(keys.erased).containsExactly(HONG);
  }

  @Test
  void erasingAgainRecordsNothingMoreButStillDeletesTheKey() {
    fixture
        .given(
            REGISTERED, GROUP_1, BranchMother.hongAdmitted(), new MemberErasedEvent(HONG, BRANCH))
        .when(new EraseMemberCommand(BRANCH, HONG, false))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
    assertThat(keys.erased).containsExactly(HONG);
  }

  @Test
  void erasingAnUnknownMemberIsNotFound() {
    fixture
        .given(REGISTERED, GROUP_1)
        .when(new EraseMemberCommand(BRANCH, new MemberId("nobody"), false))
        .expectException(NotFoundException.class);
    assertThat(keys.erased).isEmpty();
  }
}
