package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReverseGrantExpenseCommand(
    @TargetAggregateIdentifier String branchId, String grantId, LocalDate reversedOn) {}
