package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/**
 * The year was settled: its figures are final, nothing dated in it is recorded any more, and its
 * closing balance opens the next year.
 */
@WireName("finance.YearSettled")
@Revision("1")
public record YearSettledEvent(
    BranchId branchId,
    int year,
    long openingBalanceVnd,
    long incomeVnd,
    long expenseVnd,
    long remittedVnd,
    long closingBalanceVnd,
    LocalDate settledOn) {}
