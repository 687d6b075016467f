package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordActivityCommand(
    @TargetAggregateIdentifier BranchId branchId,
    String activityId,
    ActivityKind kind,
    String title,
    LocalDate heldOn,
    int participants) {}
