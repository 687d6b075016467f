package vn.congdoan.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterBranchCommand(
    @TargetAggregateIdentifier BranchId branchId, String name, String parentUnion, Sector sector) {}
