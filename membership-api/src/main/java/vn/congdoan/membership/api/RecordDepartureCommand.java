package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordDepartureCommand(
    @TargetAggregateIdentifier BranchId branchId,
    MemberId memberId,
    DepartureReason reason,
    LocalDate effectiveOn) {}
