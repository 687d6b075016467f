package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

/** Settle (quyết toán) a year's books: its balance is carried forward into the next year. */
public record SettleYearCommand(
    @TargetAggregateIdentifier BranchId branchId, int year, LocalDate settledOn) {}
