package vn.congdoan.finance.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/**
 * Members' dues (đoàn phí) for one month. Each payment says what the rule in force asked ({@code
 * standardVnd}) and what was paid; the part above the standard stays wholly with the branch.
 */
@WireName("finance.DuesRecorded")
@Revision("1")
public record DuesRecordedEvent(
    BranchId branchId,
    YearMonth period,
    List<DuesPayment> payments,
    String ruleId,
    LocalDate recordedOn) {}
