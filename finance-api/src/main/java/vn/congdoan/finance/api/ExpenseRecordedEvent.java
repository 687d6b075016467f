package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.WireName;

/** Money the branch spent, on one spending line. */
@WireName("finance.ExpenseRecorded")
@Revision("1")
public record ExpenseRecordedEvent(
    String branchId,
    String expenseId,
    ExpenseCategory category,
    long amountVnd,
    LocalDate spentOn,
    String reference) {}
