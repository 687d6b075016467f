package vn.congdoan.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record RenameGroupCommand(
    @TargetAggregateIdentifier BranchId branchId, GroupId groupId, String name) {}
