package vn.congdoan.membership.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Admits every line that passes the rules and reports each one that does not; returns {@link
 * ImportResult}.
 */
public record ImportMembersCommand(
    @TargetAggregateIdentifier BranchId branchId, List<ImportLine> lines) {}
