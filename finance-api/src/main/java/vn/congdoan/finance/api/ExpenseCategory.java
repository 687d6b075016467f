package vn.congdoan.finance.api;

/** Spending lines (4290/QĐ-TLĐ). */
public enum ExpenseCategory {
  MEMBER_CARE,
  OFFICER_ALLOWANCES,
  PROPAGANDA_TRAINING,
  EMULATION_AWARDS,
  CULTURE_SPORTS,
  ADMINISTRATION,
  OTHER
}
