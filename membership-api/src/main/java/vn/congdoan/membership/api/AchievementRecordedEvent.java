package vn.congdoan.membership.api;

import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.WireName;

/**
 * A member's study achievement (a doctorate defended, a political theory course completed, ...).
 */
@WireName("membership.AchievementRecorded")
@Revision("1")
public record AchievementRecordedEvent(
    String achievementId,
    BranchId branchId,
    MemberId memberId,
    int year,
    AchievementKind kind,
    String title) {}
