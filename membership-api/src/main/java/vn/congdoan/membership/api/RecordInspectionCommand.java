package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordInspectionCommand(
    @TargetAggregateIdentifier BranchId branchId,
    String inspectionId,
    LocalDate heldOn,
    InspectionScope scope,
    int violationsFound) {}
