package vn.congdoan.finance.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record EstimateBudgetCommand(
    @TargetAggregateIdentifier BranchId branchId, int year, List<BudgetLine> lines) {}
