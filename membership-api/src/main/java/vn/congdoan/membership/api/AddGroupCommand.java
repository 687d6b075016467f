package vn.congdoan.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddGroupCommand(
    @TargetAggregateIdentifier BranchId branchId, String groupId, String name) {}
