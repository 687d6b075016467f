package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;

/**
 * Corrects a member's own data (a misspelt name, a wrong birth date, ...): every field left null
 * stays as it is. Asked for at {@code branchId}; {@code byFederation} as for {@link
 * EraseMemberCommand}.
 */
public record CorrectMemberDataCommand(
    @TargetAggregateIdentifier BranchId branchId,
    MemberId memberId,
    String fullName,
    LocalDate dateOfBirth,
    Gender gender,
    String phone,
    String email,
    String reason,
    boolean byFederation) {}
