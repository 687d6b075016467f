package vn.congdoan.membership.api;

import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.WireName;

/**
 * The member's personal data was erased: their key is gone, so every sealed copy of it is
 * unreadable for good. Their counted facts remain.
 */
@WireName("membership.MemberErased")
@Revision("1")
public record MemberErasedEvent(MemberId memberId, BranchId branchId) {}
