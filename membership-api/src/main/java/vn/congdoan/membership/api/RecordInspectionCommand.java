package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record RecordInspectionCommand(
    @TargetAggregateIdentifier BranchId branchId,
    String inspectionId,
    LocalDate heldOn,
    InspectionScope scope,
    int violationsFound) {}
