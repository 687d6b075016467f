package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.WireName;

/**
 * A grant was reversed (a mistake, never edited or deleted): it drops out of every total from now
 * on.
 */
@WireName("welfare.WelfareGrantReversed")
@Revision("1")
public record WelfareGrantReversedEvent(
    GrantId grantId, BranchId branchId, String reason, LocalDate reversedOn) {}
