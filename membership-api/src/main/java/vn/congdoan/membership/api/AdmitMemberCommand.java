package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AdmitMemberCommand(
    @TargetAggregateIdentifier MemberId memberId,
    BranchId branchId,
    String groupId,
    String fullName,
    Gender gender,
    LocalDate dateOfBirth,
    LocalDate joinedOn,
    String position) {}
