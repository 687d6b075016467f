package vn.congdoan.finance.api;

import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordUnionFundingCommand(
    @TargetAggregateIdentifier String branchId,
    YearMonth period,
    long payrollVnd,
    Long amountVnd) {}
