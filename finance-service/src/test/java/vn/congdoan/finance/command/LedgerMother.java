package vn.congdoan.finance.command;

import java.time.LocalDate;
import vn.congdoan.finance.api.BudgetStanding;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.ExpenseRecordedEvent;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.platform.api.BranchId;

/** Entries the year, settlement and closing tests keep in one branch's books. */
final class LedgerMother {
  static final String BRANCH = "vp-doan-dbqh";
  static final IncomeRecordedEvent TET_SUPPORT_2024 =
      new IncomeRecordedEvent(
          new BranchId(BRANCH), "tet", "Ủng hộ Tết", 5_000_000, LocalDate.of(2024, 2, 1));
  static final IncomeRecordedEvent SPONSORSHIP_2025 =
      new IncomeRecordedEvent(
          new BranchId(BRANCH), "t2", "Tài trợ", 700_000, LocalDate.of(2025, 3, 1));

  private LedgerMother() {}

  /** An expense without a note, in a year with no budget approved. */
  static ExpenseRecordedEvent expense(
      String branchId, String id, ExpenseCategory category, long amountVnd, LocalDate on) {
    return new ExpenseRecordedEvent(
        new BranchId(branchId),
        id,
        category,
        amountVnd,
        on,
        null,
        BudgetStanding.NO_APPROVED_BUDGET);
  }
}
