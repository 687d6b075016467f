package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordIncomeCommand(
    @TargetAggregateIdentifier String branchId,
    String incomeId,
    String source,
    long amountVnd,
    LocalDate receivedOn) {}
