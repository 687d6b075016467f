package vn.congdoan.finance.api;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/**
 * The branch put forward its budget estimate for a year; it replaces an earlier estimate not yet
 * approved.
 */
@WireName("finance.BudgetEstimated")
@Revision("1")
public record BudgetEstimatedEvent(BranchId branchId, int year, List<BudgetLine> lines) {}
