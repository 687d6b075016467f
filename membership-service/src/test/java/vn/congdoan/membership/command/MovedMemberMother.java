package vn.congdoan.membership.command;

import static vn.congdoan.membership.command.BranchMother.BRANCH;
import static vn.congdoan.membership.command.BranchMother.HONG;

import java.time.LocalDate;
import vn.congdoan.membership.api.BranchRegisteredEvent;
import vn.congdoan.membership.api.GroupAddedEvent;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.MemberTransferredInEvent;
import vn.congdoan.membership.api.MemberTransferredOutEvent;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.platform.api.BranchId;

/**
 * A member who moved twice: admitted in {@link BranchMother#BRANCH}, transferred to {@link
 * #TU_PHAP} on {@link #FIRST_MOVE}, then to {@link #NOI_VU} on {@link #SECOND_MOVE}; three streams
 * hold her.
 */
final class MovedMemberMother {
  static final BranchId TU_PHAP = new BranchId("so-tu-phap");
  static final BranchId NOI_VU = new BranchId("so-noi-vu");
  static final LocalDate FIRST_MOVE = LocalDate.of(2023, 4, 1);
  static final LocalDate SECOND_MOVE = LocalDate.of(2024, 9, 1);

  private MovedMemberMother() {}

  static BranchesFixture givenHongMovedTwice(BranchesFixture fixture) {
    return fixture
        .given(
            BRANCH,
            BranchMother.REGISTERED,
            BranchMother.GROUP_1,
            BranchMother.hongAdmitted(),
            new MemberTransferredOutEvent(HONG, BRANCH, TU_PHAP, FIRST_MOVE))
        .given(
            TU_PHAP,
            registered(TU_PHAP),
            group(TU_PHAP),
            arrived(TU_PHAP, BRANCH, FIRST_MOVE),
            new MemberTransferredOutEvent(HONG, TU_PHAP, NOI_VU, SECOND_MOVE))
        .given(NOI_VU, registered(NOI_VU), group(NOI_VU), arrived(NOI_VU, TU_PHAP, SECOND_MOVE));
  }

  static BranchRegisteredEvent registered(BranchId branch) {
    return new BranchRegisteredEvent(
        branch, "Công đoàn " + branch, "Công đoàn Viên chức tỉnh", Sector.STATE_AGENCY);
  }

  static GroupAddedEvent group(BranchId branch) {
    return new GroupAddedEvent(branch, new GroupId("to-1"), "Tổ 1");
  }

  static MemberTransferredInEvent arrived(BranchId branch, BranchId from, LocalDate on) {
    return BranchMother.transferredIn(BranchMother.hongAdmitted(), from, branch, "to-1", on);
  }
}
