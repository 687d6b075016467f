package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemitShareCommand(
    @TargetAggregateIdentifier String branchId,
    String remittanceId,
    Share share,
    long amountVnd,
    LocalDate remittedOn) {}
