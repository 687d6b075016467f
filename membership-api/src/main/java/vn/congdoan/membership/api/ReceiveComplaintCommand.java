package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record ReceiveComplaintCommand(
    @TargetAggregateIdentifier BranchId branchId,
    String complaintId,
    LocalDate receivedOn,
    String subject) {}
