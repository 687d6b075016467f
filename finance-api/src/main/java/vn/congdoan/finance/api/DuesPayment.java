package vn.congdoan.finance.api;

/** One member's dues for the month: the rule's amount and what was actually paid. */
public record DuesPayment(String memberId, long salaryVnd, long standardVnd, long amountVnd) {}
