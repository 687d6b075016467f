package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;

/**
 * Moves a member to another group, or to another branch when {@code toBranchId} names one. {@code
 * targetVisible}: whether the caller may read that branch; if not, whatever is wrong with it
 * (unknown, dissolved, no such group, the member already there) is answered only as "not found", as
 * for any branch they cannot see.
 */
public record TransferMemberCommand(
    @TargetAggregateIdentifier BranchId branchId,
    MemberId memberId,
    GroupId toGroupId,
    BranchId toBranchId,
    LocalDate effectiveOn,
    boolean targetVisible) {

  /** A move asked for by someone who may see the target branch (or within the branch). */
  public TransferMemberCommand(
      BranchId branchId,
      MemberId memberId,
      GroupId toGroupId,
      BranchId toBranchId,
      LocalDate effectiveOn) {
    this(branchId, memberId, toGroupId, toBranchId, effectiveOn, true);
  }
}
