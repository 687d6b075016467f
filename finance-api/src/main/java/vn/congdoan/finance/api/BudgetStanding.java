package vn.congdoan.finance.api;

/** How an expense stood against the approved budget line when it was recorded. */
public enum BudgetStanding {
  WITHIN_BUDGET,
  AUTHORISED_OVERRUN,
  NO_APPROVED_BUDGET
}
