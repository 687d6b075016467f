package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/**
 * Income other than dues and union funding was received into a branch's ledger. The ledger
 * aggregate's id is the branch id.
 */
@WireName("finance.IncomeRecorded")
@Revision("1")
public record IncomeRecordedEvent(
    BranchId branchId, String incomeId, String source, long amountVnd, LocalDate receivedOn) {}
