package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.WireName;

/** A member moved to another group of the same branch, effective {@code effectiveOn}. */
@WireName("membership.MemberMovedToGroup")
@Revision("1")
public record MemberMovedToGroupEvent(
    MemberId memberId,
    BranchId branchId,
    GroupId fromGroupId,
    GroupId toGroupId,
    LocalDate effectiveOn) {}
