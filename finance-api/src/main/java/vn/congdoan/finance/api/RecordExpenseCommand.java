package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record RecordExpenseCommand(
    @TargetAggregateIdentifier BranchId branchId,
    String expenseId,
    ExpenseCategory category,
    long amountVnd,
    LocalDate spentOn,
    String reference,
    boolean authorisedOverrun) {}
