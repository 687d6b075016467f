package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.WireName;

/**
 * A parked grant was reversed in welfare: there is nothing left to book, and it leaves the problem
 * list. {@code reversedOn} is the reversal's day.
 */
@WireName("finance.ParkedGrantExpenseWithdrawn")
@Revision("1")
public record ParkedGrantExpenseWithdrawnEvent(
    BranchId branchId, GrantId grantId, LocalDate reversedOn) {}
