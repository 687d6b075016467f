package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReceiveComplaintCommand(
    @TargetAggregateIdentifier BranchId branchId,
    String complaintId,
    LocalDate receivedOn,
    String subject) {}
