package vn.congdoan.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenameGroupCommand(
    @TargetAggregateIdentifier BranchId branchId, String groupId, String name) {}
