package vn.congdoan.membership.api;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/**
 * The year's ratings (đánh giá xếp loại) of the branch, its groups and members. A later event for
 * the same year and subject replaces the earlier rating.
 */
@WireName("membership.RatingsRecorded")
@Revision("1")
public record RatingsRecordedEvent(
    BranchId branchId,
    int year,
    String branchRating,
    List<GroupRating> groupRatings,
    List<MemberRating> memberRatings) {}
