package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/**
 * Money the branch spent, on one spending line. {@code budget} says how it stood against the
 * approved estimate for the line: within it, over it with authorisation, or with no approved
 * estimate for the year (recorded and flagged, not refused).
 */
@WireName("finance.ExpenseRecorded")
@Revision("1")
public record ExpenseRecordedEvent(
    BranchId branchId,
    String expenseId,
    ExpenseCategory category,
    long amountVnd,
    LocalDate spentOn,
    String reference,
    BudgetStanding budget) {}
