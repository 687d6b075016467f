package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record RecordActivityCommand(
    @TargetAggregateIdentifier BranchId branchId,
    String activityId,
    ActivityKind kind,
    String title,
    LocalDate heldOn,
    int participants) {}
