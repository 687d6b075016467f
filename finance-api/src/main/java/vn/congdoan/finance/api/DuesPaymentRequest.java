package vn.congdoan.finance.api;

/** A payment as asked: {@code amountVnd} null means "what the rule in force says". */
public record DuesPaymentRequest(String memberId, long salaryVnd, Long amountVnd) {}
