package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/** A received complaint was resolved. */
@WireName("membership.ComplaintResolved")
@Revision("1")
public record ComplaintResolvedEvent(
    String complaintId, BranchId branchId, LocalDate resolvedOn, String outcome) {}
