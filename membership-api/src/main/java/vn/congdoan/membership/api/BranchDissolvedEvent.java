package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/**
 * The branch was dissolved, effective {@code effectiveOn}; from then on it is read-only history.
 */
@WireName("membership.BranchDissolved")
@Revision("1")
public record BranchDissolvedEvent(BranchId branchId, LocalDate effectiveOn, String reason) {}
