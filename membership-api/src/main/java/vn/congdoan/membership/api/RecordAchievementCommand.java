package vn.congdoan.membership.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordAchievementCommand(
    @TargetAggregateIdentifier BranchId branchId,
    String achievementId,
    MemberId memberId,
    int year,
    AchievementKind kind,
    String title) {}
