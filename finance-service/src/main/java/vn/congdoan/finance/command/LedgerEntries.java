package vn.congdoan.finance.command;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
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
        .reduce(0L, Math::addExact);
  }

  /** The year's money in, out and sent upward; {@code grantCare} is its grants net of reversals. */
  YearTotals totals(int year, long grantCare) {
    long income =
        dues.stream()
                .filter(d -> d.period().getYear() == year)
                .flatMap(d -> d.payments().stream())
                .mapToLong(p -> p.amountVnd())
                .reduce(0L, Math::addExact)
            + funding.values().stream()
                .filter(f -> f.period().getYear() == year)
                .mapToLong(UnionFundingRecordedEvent::amountVnd)
                .reduce(0L, Math::addExact)
            + incomes.stream()
                .filter(i -> i.receivedOn().getYear() == year)
                .mapToLong(IncomeRecordedEvent::amountVnd)
                .reduce(0L, Math::addExact);
    long spent =
        expenses.values().stream()
                .filter(e -> e.spentOn().getYear() == year)
                .mapToLong(ExpenseRecordedEvent::amountVnd)
                .reduce(0L, Math::addExact)
            + grantCare;
    long remitted =
        remittances.values().stream()
            .filter(r -> r.remittedOn().getYear() == year)
            .mapToLong(ShareRemittedEvent::amountVnd)
            .reduce(0L, Math::addExact);
    return new YearTotals(income, spent, remitted);
  }

  /** Every year something is dated in. */
  SortedSet<Integer> years() {
    var years = new TreeSet<Integer>();
    Stream.of(
            incomes.stream().map(i -> i.receivedOn().getYear()),
            dues.stream().map(d -> d.period().getYear()),
            funding.keySet().stream().map(YearMonth::getYear),
            expenses.values().stream().map(e -> e.spentOn().getYear()),
            remittances.values().stream().map(r -> r.remittedOn().getYear()))
        .flatMap(s -> s)
        .forEach(years::add);
    return years;
  }
}
