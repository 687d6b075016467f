package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record RecordGrantExpenseCommand(
    @TargetAggregateIdentifier BranchId branchId,
    String grantId,
    long amountVnd,
    LocalDate spentOn) {}
