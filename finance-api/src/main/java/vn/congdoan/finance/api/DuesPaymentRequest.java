package vn.congdoan.finance.api;

import vn.congdoan.platform.api.MemberId;

/**
 * A payment as asked: {@code amountVnd} null means "what the rule in force says"; a {@code waiver}
 * instead of an amount means the member owes nothing for the month.
 */
public record DuesPaymentRequest(
    MemberId memberId, long salaryVnd, Long amountVnd, DuesWaiver waiver) {
  /** A month paid, not waived. */
  public DuesPaymentRequest(MemberId memberId, long salaryVnd, Long amountVnd) {
    this(memberId, salaryVnd, amountVnd, null);
  }
}
