package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/**
 * The upper union approved the year's estimate; from now on an expense over a line is refused
 * unless authorised.
 */
@WireName("finance.BudgetApproved")
@Revision("1")
public record BudgetApprovedEvent(
    BranchId branchId, int year, LocalDate approvedOn, String approvedBy) {}
