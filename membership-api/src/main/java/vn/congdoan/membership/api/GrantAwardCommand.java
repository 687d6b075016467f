package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record GrantAwardCommand(
    @TargetAggregateIdentifier BranchId branchId,
    String awardId,
    int year,
    MemberId memberId,
    String title,
    String issuer,
    LocalDate awardedOn) {}
