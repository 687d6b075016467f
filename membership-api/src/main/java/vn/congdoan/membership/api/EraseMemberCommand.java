package vn.congdoan.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EraseMemberCommand(@TargetAggregateIdentifier BranchId branchId, MemberId memberId) {}
