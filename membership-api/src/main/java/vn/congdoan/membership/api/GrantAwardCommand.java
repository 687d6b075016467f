package vn.congdoan.membership.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;

public record GrantAwardCommand(
    @TargetAggregateIdentifier BranchId branchId,
    String awardId,
    int year,
    MemberId memberId,
    String title,
    String issuer,
    LocalDate awardedOn) {}
