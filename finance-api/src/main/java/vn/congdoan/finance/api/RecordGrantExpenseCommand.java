package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordGrantExpenseCommand(
    @TargetAggregateIdentifier String branchId,
    String grantId,
    long amountVnd,
    LocalDate spentOn) {}
