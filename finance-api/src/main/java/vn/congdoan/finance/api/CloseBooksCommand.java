package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

/** Close a dissolved branch's books for good on {@code closedOn}; {@code reason} is the why. */
public record CloseBooksCommand(
    @TargetAggregateIdentifier BranchId branchId, LocalDate closedOn, String reason) {}
