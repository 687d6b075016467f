package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record ReverseWelfareGrantCommand(
    @TargetAggregateIdentifier String grantId,
    BranchId branchId,
    String reason,
    LocalDate reversedOn) {}
