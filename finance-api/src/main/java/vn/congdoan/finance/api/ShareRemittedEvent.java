package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/** The upper union's share of dues or union funding was remitted to it. */
@WireName("finance.ShareRemitted")
@Revision("1")
public record ShareRemittedEvent(
    BranchId branchId, String remittanceId, Share share, long amountVnd, LocalDate remittedOn) {}
