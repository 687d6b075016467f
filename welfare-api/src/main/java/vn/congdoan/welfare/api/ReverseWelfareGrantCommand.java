package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;

public record ReverseWelfareGrantCommand(
    @TargetAggregateIdentifier GrantId grantId,
    BranchId branchId,
    String reason,
    LocalDate reversedOn) {}
