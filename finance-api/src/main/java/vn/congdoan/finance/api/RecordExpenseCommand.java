package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordExpenseCommand(
    @TargetAggregateIdentifier String branchId,
    String expenseId,
    ExpenseCategory category,
    long amountVnd,
    LocalDate spentOn,
    String reference,
    boolean authorisedOverrun) {}
