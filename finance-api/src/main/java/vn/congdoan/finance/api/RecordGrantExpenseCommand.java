package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;

public record RecordGrantExpenseCommand(
    @TargetAggregateIdentifier BranchId branchId,
    GrantId grantId,
    long amountVnd,
    LocalDate spentOn) {}
