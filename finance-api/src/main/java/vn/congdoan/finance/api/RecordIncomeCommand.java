package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record RecordIncomeCommand(
    @TargetAggregateIdentifier BranchId branchId,
    String incomeId,
    String source,
    long amountVnd,
    LocalDate receivedOn) {}
