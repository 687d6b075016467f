package vn.congdoan.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;

/**
 * Erases a member's personal data, asked for at {@code branchId}. {@code byFederation}: asked by
 * federation staff or an administrator, who may ask at any branch that holds the member; a branch
 * officer only at the branch the member belongs to now, and not once it is dissolved.
 */
public record EraseMemberCommand(
    @TargetAggregateIdentifier BranchId branchId, MemberId memberId, boolean byFederation) {}
