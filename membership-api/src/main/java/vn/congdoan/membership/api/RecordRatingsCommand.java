package vn.congdoan.membership.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordRatingsCommand(
    @TargetAggregateIdentifier BranchId branchId,
    int year,
    String branchRating,
    List<GroupRating> groupRatings,
    List<MemberRating> memberRatings) {}
