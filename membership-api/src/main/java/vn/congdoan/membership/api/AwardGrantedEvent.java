package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.WireName;

/** An award (khen thưởng) to a member or, with no member, to the branch as a collective. */
@WireName("membership.AwardGranted")
@Revision("1")
public record AwardGrantedEvent(
    String awardId,
    BranchId branchId,
    int year,
    MemberId memberId,
    String title,
    String issuer,
    LocalDate awardedOn) {}
