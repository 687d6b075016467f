package vn.congdoan.membership.command;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.membership.command.BranchMother.BRANCH;
import static vn.congdoan.membership.command.BranchMother.HONG;
import static vn.congdoan.membership.command.MovedMemberMother.NOI_VU;
import static vn.congdoan.membership.command.MovedMemberMother.TU_PHAP;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.BranchDissolvedEvent;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.EraseMemberCommand;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberErasedEvent;
import vn.congdoan.membership.api.MemberTransferredInEvent;
import vn.congdoan.membership.api.Position;
import vn.congdoan.membership.api.TransferMemberCommand;
import vn.congdoan.platform.api.RuleViolationException;

/** Erasure follows the member into every branch whose history holds them. */
class ErasureTest {
  private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);

  private final BranchesFixture fixture = new BranchesFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void anErasureAskedWhereTheMemberIsNowIsRecordedInEveryBranchSheWasIn() {
    MovedMemberMother.givenHongMovedTwice(fixture)
        .when(new EraseMemberCommand(NOI_VU, HONG, false))
        .expectEvents(NOI_VU, new MemberErasedEvent(HONG, NOI_VU))
        .expectEvents(TU_PHAP, new MemberErasedEvent(HONG, TU_PHAP))
        .expectEvents(BRANCH, new MemberErasedEvent(HONG, BRANCH));
    assertThat(fixture.keys.erased).containsExactly(HONG);
  }

  @Test
  void federationStaffMayAskAtAnOldBranchAndTheErasureStillReachesEveryBranch() {
    MovedMemberMother.givenHongMovedTwice(fixture)
        .when(new EraseMemberCommand(BRANCH, HONG, true))
        .expectEvents(BRANCH, new MemberErasedEvent(HONG, BRANCH))
        .expectEvents(TU_PHAP, new MemberErasedEvent(HONG, TU_PHAP))
        .expectEvents(NOI_VU, new MemberErasedEvent(HONG, NOI_VU));
  }

  @Test
  void anOfficerOfAnOldBranchIsToldWhereTheMemberWentAndNothingIsErased() {
    MovedMemberMother.givenHongMovedTwice(fixture)
        .when(new EraseMemberCommand(BRANCH, HONG, false))
        .expectException(
            RuleViolationException.class,
            "Member nguyen-thi-hong moved to branch so-tu-phap on 2023-04-01: ask there for the"
                + " erasure, or ask federation staff");
    assertThat(fixture.keys.erased).isEmpty();
  }

  @Test
  void aDissolvedBranchsOfficerCannotEraseItsMembers() {
    givenADissolvedBranch()
        .when(new EraseMemberCommand(BRANCH, HONG, false))
        .expectException(
            RuleViolationException.class,
            "Branch vp-doan-dbqh was dissolved on 2025-06-01: only federation staff can still ask"
                + " for the erasure of its members' data");
    assertThat(fixture.keys.erased).isEmpty();
  }

  @Test
  void federationStaffStillEraseADissolvedBranchsMembers() {
    givenADissolvedBranch()
        .when(new EraseMemberCommand(BRANCH, HONG, true))
        .expectEvents(BRANCH, new MemberErasedEvent(HONG, BRANCH));
    assertThat(fixture.keys.erased).containsExactly(HONG);
  }

  @Test
  void aMemberErasedBeforeMovingArrivesErased() {
    fixture
        .given(
            BRANCH,
            BranchMother.REGISTERED,
            BranchMother.GROUP_1,
            BranchMother.hongAdmitted(),
            new MemberErasedEvent(HONG, BRANCH))
        .given(TU_PHAP, MovedMemberMother.registered(TU_PHAP), MovedMemberMother.group(TU_PHAP))
        .when(new TransferMemberCommand(BRANCH, HONG, new GroupId("to-1"), TU_PHAP, JUNE_1))
        .expectEvents(
            TU_PHAP,
            new MemberTransferredInEvent(
                HONG,
                TU_PHAP,
                BRANCH,
                new GroupId("to-1"),
                null,
                Gender.FEMALE,
                1985,
                BranchMother.JOINED,
                Position.GROUP_LEADER,
                false,
                JUNE_1),
            new MemberErasedEvent(HONG, TU_PHAP));
  }

  private BranchesFixture givenADissolvedBranch() {
    return fixture.given(
        BRANCH,
        BranchMother.REGISTERED,
        BranchMother.GROUP_1,
        BranchMother.hongAdmitted(),
        new MemberDepartedEvent(HONG, BRANCH, DepartureReason.BRANCH_DISSOLVED, JUNE_1),
        new BranchDissolvedEvent(BRANCH, JUNE_1, "4133/TLĐ-ToC"));
  }
}
