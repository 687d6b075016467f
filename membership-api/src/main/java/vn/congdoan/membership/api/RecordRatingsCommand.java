package vn.congdoan.membership.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record RecordRatingsCommand(
    @TargetAggregateIdentifier BranchId branchId,
    int year,
    String branchRating,
    List<GroupRating> groupRatings,
    List<MemberRating> memberRatings) {}
