package vn.congdoan.membership.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

/**
 * Admits every line that passes the rules and reports each one that does not; returns {@link
 * ImportResult}.
 */
public record ImportMembersCommand(
    @TargetAggregateIdentifier BranchId branchId, List<ImportLine> lines) {}
