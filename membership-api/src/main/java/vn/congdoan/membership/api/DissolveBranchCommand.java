package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

/**
 * Dissolves a branch, effective {@code effectiveOn}, ending every membership still open that day:
 * without {@code receivingBranchId} the members depart ({@link DepartureReason#BRANCH_DISSOLVED});
 * with it they are transferred there, into {@code receivingGroupId} or, if none is named, into a
 * group of the receiving branch named after the dissolved one.
 */
public record DissolveBranchCommand(
    @TargetAggregateIdentifier BranchId branchId,
    LocalDate effectiveOn,
    String reason,
    BranchId receivingBranchId,
    GroupId receivingGroupId) {

  /** A dissolution whose members simply depart. */
  public DissolveBranchCommand(BranchId branchId, LocalDate effectiveOn, String reason) {
    this(branchId, effectiveOn, reason, null, null);
  }
}
