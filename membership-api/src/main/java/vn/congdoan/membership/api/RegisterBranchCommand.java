package vn.congdoan.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record RegisterBranchCommand(
    @TargetAggregateIdentifier BranchId branchId, String name, String parentUnion, Sector sector) {}
