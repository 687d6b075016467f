package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a member to another group, or to another branch when {@code toBranchId} names one. */
public record TransferMemberCommand(
    @TargetAggregateIdentifier BranchId branchId,
    MemberId memberId,
    String toGroupId,
    BranchId toBranchId,
    LocalDate effectiveOn) {}
