package vn.congdoan.finance.command;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.congdoan.finance.api.DuesRecordedEvent;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.ExpenseRecordedEvent;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.finance.api.ShareRemittedEvent;
import vn.congdoan.finance.api.UnionFundingRecordedEvent;

/** A ledger's entries in the order recorded: what the year view sums. */
record LedgerEntries(
    List<IncomeRecordedEvent> incomes,
    List<DuesRecordedEvent> dues,
    Map<YearMonth, UnionFundingRecordedEvent> funding,
    Map<String, ExpenseRecordedEvent> expenses,
    Map<String, ShareRemittedEvent> remittances) {
  LedgerEntries() {
    this(
        new ArrayList<>(),
        new ArrayList<>(),
        new LinkedHashMap<>(),
        new LinkedHashMap<>(),
        new LinkedHashMap<>());
  }

  /** The branch's own expenses on a line in a year. */
  long spent(ExpenseCategory category, int year) {
    return expenses.values().stream()
        .filter(e -> e.category() == category && e.spentOn().getYear() == year)
        .mapToLong(ExpenseRecordedEvent::amountVnd)
        .sum();
  }
}
