package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.WireName;

/**
 * A member came from another branch, effective {@code effectiveOn}. It carries what this branch
 * needs to know about them, so its history reads without the other branch's; {@code firstJoinedOn}
 * is the original admission.
 */
@WireName("membership.MemberTransferredIn")
@Revision("1")
public record MemberTransferredInEvent(
    MemberId memberId,
    BranchId branchId,
    BranchId fromBranchId,
    GroupId groupId,
    SealedPersonalData personal,
    Gender gender,
    Integer birthYear,
    LocalDate firstJoinedOn,
    Position position,
    boolean honorary,
    LocalDate effectiveOn) {}
