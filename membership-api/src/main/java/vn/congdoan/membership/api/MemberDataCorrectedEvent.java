package vn.congdoan.membership.api;

import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.WireName;

/**
 * A member's own data was corrected: it always was what this event says, so it replaces the data
 * the branch held, in every figure, earlier ones included. Recorded in every branch whose stream
 * holds the member, so each branch's history agrees. {@code personal} is sealed with the member's
 * key, as at admission.
 */
@WireName("membership.MemberDataCorrected")
@Revision("1")
public record MemberDataCorrectedEvent(
    MemberId memberId,
    BranchId branchId,
    SealedPersonalData personal,
    Gender gender,
    Integer birthYear,
    String reason) {}
