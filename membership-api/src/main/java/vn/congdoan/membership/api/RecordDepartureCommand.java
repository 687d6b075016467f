package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;

public record RecordDepartureCommand(
    @TargetAggregateIdentifier BranchId branchId,
    MemberId memberId,
    DepartureReason reason,
    LocalDate effectiveOn) {}
