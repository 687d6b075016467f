package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.WireName;

/**
 * A welfare grant became a member-care expense by itself, once (welfare-service's event on Kafka).
 */
@WireName("finance.GrantExpenseRecorded")
@Revision("1")
public record GrantExpenseRecordedEvent(
    BranchId branchId, String expenseId, GrantId grantId, long amountVnd, LocalDate spentOn) {}
