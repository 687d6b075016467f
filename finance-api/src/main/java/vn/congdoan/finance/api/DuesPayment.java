package vn.congdoan.finance.api;

import vn.congdoan.platform.api.MemberId;

/**
 * One member's dues for the month: the rule's amount and what was actually paid. A waived month has
 * both at 0 and says why in {@code waiver}; {@code waiver} is null for a month paid.
 */
public record DuesPayment(
    MemberId memberId, long salaryVnd, long standardVnd, long amountVnd, DuesWaiver waiver) {
  /** A month paid, not waived. */
  public DuesPayment(MemberId memberId, long salaryVnd, long standardVnd, long amountVnd) {
    this(memberId, salaryVnd, standardVnd, amountVnd, null);
  }

  /** A month waived: nothing owed, nothing paid, nothing shared upward. */
  public static DuesPayment waived(MemberId memberId, long salaryVnd, DuesWaiver waiver) {
    return new DuesPayment(memberId, salaryVnd, 0, 0, waiver);
  }
}
