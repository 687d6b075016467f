package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a dissolved branch's books for good on {@code closedOn}; {@code reason} is the why. */
public record CloseBooksCommand(
    @TargetAggregateIdentifier String branchId, LocalDate closedOn, String reason) {}
