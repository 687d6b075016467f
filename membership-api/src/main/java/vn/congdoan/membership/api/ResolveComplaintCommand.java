package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record ResolveComplaintCommand(
    @TargetAggregateIdentifier BranchId branchId,
    String complaintId,
    LocalDate resolvedOn,
    String outcome) {}
