package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record RemitShareCommand(
    @TargetAggregateIdentifier BranchId branchId,
    String remittanceId,
    Share share,
    long amountVnd,
    LocalDate remittedOn) {}
