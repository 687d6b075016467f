package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordDepartureCommand(
    @TargetAggregateIdentifier MemberId memberId,
    BranchId branchId,
    DepartureReason reason,
    LocalDate effectiveOn) {}
