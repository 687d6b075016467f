package vn.congdoan.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;

public record RecordAchievementCommand(
    @TargetAggregateIdentifier BranchId branchId,
    String achievementId,
    MemberId memberId,
    int year,
    AchievementKind kind,
    String title) {}
