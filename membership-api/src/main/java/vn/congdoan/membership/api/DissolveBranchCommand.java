package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DissolveBranchCommand(
    @TargetAggregateIdentifier BranchId branchId, LocalDate effectiveOn, String reason) {}
