package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.WireName;

/**
 * A member left this branch for another one (chuyển sinh hoạt), effective {@code effectiveOn}; the
 * other branch records {@link MemberTransferredInEvent} with the same date.
 */
@WireName("membership.MemberTransferredOut")
@Revision("1")
public record MemberTransferredOutEvent(
    MemberId memberId, BranchId branchId, BranchId toBranchId, LocalDate effectiveOn) {}
