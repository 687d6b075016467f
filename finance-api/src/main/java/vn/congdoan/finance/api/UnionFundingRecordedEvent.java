package vn.congdoan.finance.api;

import java.time.YearMonth;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/**
 * The employer's union funding (kinh phí công đoàn) for one month: the rule's rate of the payroll,
 * or the amount given.
 */
@WireName("finance.UnionFundingRecorded")
@Revision("1")
public record UnionFundingRecordedEvent(
    BranchId branchId,
    YearMonth period,
    long payrollVnd,
    long standardVnd,
    long amountVnd,
    String ruleId) {}
