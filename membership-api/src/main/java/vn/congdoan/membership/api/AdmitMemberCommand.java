package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;

public record AdmitMemberCommand(
    @TargetAggregateIdentifier BranchId branchId,
    MemberId memberId,
    GroupId groupId,
    PersonalData personal,
    Gender gender,
    LocalDate joinedOn,
    Position position,
    boolean honorary) {}
