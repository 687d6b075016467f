package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApproveBudgetCommand(
    @TargetAggregateIdentifier String branchId,
    int year,
    LocalDate approvedOn,
    String approvedBy) {}
