package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Settle (quyết toán) a year's books: its balance is carried forward into the next year. */
public record SettleYearCommand(
    @TargetAggregateIdentifier String branchId, int year, LocalDate settledOn) {}
