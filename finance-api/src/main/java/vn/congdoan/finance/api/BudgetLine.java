package vn.congdoan.finance.api;

/** One spending line of a year's budget estimate (dự toán). */
public record BudgetLine(ExpenseCategory category, long amountVnd) {}
