package vn.congdoan.finance.api;

import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record RecordUnionFundingCommand(
    @TargetAggregateIdentifier BranchId branchId,
    YearMonth period,
    long payrollVnd,
    Long amountVnd) {}
