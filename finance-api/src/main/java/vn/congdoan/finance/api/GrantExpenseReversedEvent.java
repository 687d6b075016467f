package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.WireName;

/**
 * A reversed welfare grant took its expense back. {@code reversedOn} is when welfare reversed it;
 * {@code bookedOn} the day the ledger takes it back: the grant's own day while the grant's year is
 * open, so that year's books are simply right, or the reversal's day once the grant's year is
 * settled, so the correction lands in the open year as a correction of {@code correctsYear}. {@code
 * correctsYear} is the grant's year; revision 1 did not say it (null), and booked every reversal on
 * its own day.
 */
@WireName("finance.GrantExpenseReversed")
@Revision("2")
public record GrantExpenseReversedEvent(
    BranchId branchId,
    String expenseId,
    GrantId grantId,
    long amountVnd,
    LocalDate reversedOn,
    LocalDate bookedOn,
    Integer correctsYear) {

  /** Whether it corrects a year other than the one it is booked in. */
  public boolean correctsEarlierYear() {
    return correctsYear != null && bookedOn != null && bookedOn.getYear() != correctsYear;
  }
}
