package vn.congdoan.finance.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EstimateBudgetCommand(
    @TargetAggregateIdentifier String branchId, int year, List<BudgetLine> lines) {}
