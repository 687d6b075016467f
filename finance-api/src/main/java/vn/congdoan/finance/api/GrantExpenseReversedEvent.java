package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.WireName;

/** A reversed welfare grant reversed its expense, dated when the reversal was made. */
@WireName("finance.GrantExpenseReversed")
@Revision("1")
public record GrantExpenseReversedEvent(
    String branchId, String expenseId, String grantId, long amountVnd, LocalDate reversedOn) {}
