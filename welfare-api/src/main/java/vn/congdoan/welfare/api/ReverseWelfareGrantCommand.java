package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReverseWelfareGrantCommand(
    @TargetAggregateIdentifier String grantId,
    String branchId,
    String reason,
    LocalDate reversedOn) {}
