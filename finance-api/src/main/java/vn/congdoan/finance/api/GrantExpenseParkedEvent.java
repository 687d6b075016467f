package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.WireName;

/**
 * A welfare grant (or its reversal) reached the ledger but could not be booked — dated in a settled
 * year, or after the books closed — so it waits on the year's problem list for an operator rather
 * than being dropped. {@code dated} is the day it would have been booked on.
 */
@WireName("finance.GrantExpenseParked")
@Revision("1")
public record GrantExpenseParkedEvent(
    BranchId branchId,
    GrantId grantId,
    ParkedEntry entry,
    long amountVnd,
    LocalDate dated,
    String reason) {}
