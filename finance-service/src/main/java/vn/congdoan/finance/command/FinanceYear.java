package vn.congdoan.finance.command;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import vn.congdoan.finance.api.DuesPayment;
import vn.congdoan.finance.api.DuesRecordedEvent;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.FinanceRule;
import vn.congdoan.finance.api.FinanceRule.RuleKind;
import vn.congdoan.finance.api.Share;
import vn.congdoan.finance.api.UnionFundingRecordedEvent;
import vn.congdoan.finance.api.YearSettledEvent;

/** A branch's books for one calendar year, read from its ledger. */
public record FinanceYear(
    String branchId,
    int year,
    Income income,
    Expense expense,
    ByShare owed,
    ByShare remitted,
    ByShare outstanding,
    long openingBalanceVnd,
    long balanceVnd,
    YearBudget budget,
    SpendingRatios spendingRatios,
    Settled settled) {

  /** The year's settlement; null in the view while the year is open. */
  public record Settled(LocalDate settledOn, long closingBalanceVnd) {
    static Settled of(YearSettledEvent event) {
      return event == null ? null : new Settled(event.settledOn(), event.closingBalanceVnd());
    }
  }

  public record Income(long duesVnd, long unionFundingVnd, long otherVnd, long totalVnd) {}

  public record Expense(long totalVnd, Map<ExpenseCategory, Long> byCategory) {}

  public record ByShare(long duesVnd, long unionFundingVnd) {}

  /** This year held to its budget and to the spending ratios. */
  FinanceYear with(YearBudget budget, SpendingRatios spendingRatios) {
    return new FinanceYear(
        branchId,
        year,
        income,
        expense,
        owed,
        remitted,
        outstanding,
        openingBalanceVnd,
        balanceVnd,
        budget,
        spendingRatios,
        settled);
  }

  /** This year opening with the balance carried from the last settled year, and its settlement. */
  FinanceYear carried(long openingVnd, Settled settled) {
    return new FinanceYear(
        branchId,
        year,
        income,
        expense,
        owed,
        remitted,
        outstanding,
        openingVnd,
        balanceVnd - openingBalanceVnd + openingVnd,
        budget,
        spendingRatios,
        settled);
  }

  /** The year of a branch whose ledger holds nothing yet. */
  public static FinanceYear empty(String branchId, int year) {
    return of(branchId, year, new LedgerEntries(), 0, RuleTable.EMPTY, null);
  }

  /** {@code grantCare}: welfare grants booked as member care in the year, net of reversals. */
  static FinanceYear of(
      String branchId,
      int year,
      LedgerEntries entries,
      long grantCare,
      RuleTable rules,
      String sector) {
    long dues = 0;
    long owedDues = 0;
    for (DuesRecordedEvent d : entries.dues()) {
      if (d.period().getYear() != year) {
        continue;
      }
      FinanceRule share = rules.required(RuleKind.SHARE, sector, d.period().atDay(1)).rule();
      for (DuesPayment p : d.payments()) {
        dues += p.amountVnd();
        // Only the standard part is shared upward: the excess above standard dues stays 100% with
        // the branch.
        owedDues += upward(Math.min(p.amountVnd(), p.standardVnd()), share.keepDuesBp());
      }
    }
    long funding = 0;
    long owedFunding = 0;
    for (UnionFundingRecordedEvent f : entries.funding().values()) {
      if (f.period().getYear() != year) {
        continue;
      }
      FinanceRule share = rules.required(RuleKind.SHARE, sector, f.period().atDay(1)).rule();
      funding += f.amountVnd();
      owedFunding += upward(Math.min(f.amountVnd(), f.standardVnd()), share.keepFundingBp());
    }
    long other =
        entries.incomes().stream()
            .filter(i -> i.receivedOn().getYear() == year)
            .mapToLong(i -> i.amountVnd())
            .sum();
    var byCategory = new EnumMap<ExpenseCategory, Long>(ExpenseCategory.class);
    for (ExpenseCategory c : ExpenseCategory.values()) {
      byCategory.put(c, 0L);
    }
    entries.expenses().values().stream()
        .filter(e -> e.spentOn().getYear() == year)
        .forEach(e -> byCategory.merge(e.category(), e.amountVnd(), Long::sum));
    byCategory.merge(ExpenseCategory.MEMBER_CARE, grantCare, Long::sum);
    long spent = byCategory.values().stream().mapToLong(Long::longValue).sum();
    var remitted = new EnumMap<Share, Long>(Map.of(Share.DUES, 0L, Share.UNION_FUNDING, 0L));
    entries.remittances().values().stream()
        .filter(r -> r.remittedOn().getYear() == year)
        .forEach(r -> remitted.merge(r.share(), r.amountVnd(), Long::sum));
    long income = dues + funding + other;
    // The balance carried from the last settled year is added by carried().
    long opening = 0;
    long remittedTotal = remitted.get(Share.DUES) + remitted.get(Share.UNION_FUNDING);
    return new FinanceYear(
        branchId,
        year,
        new Income(dues, funding, other, income),
        new Expense(spent, byCategory),
        new ByShare(owedDues, owedFunding),
        new ByShare(remitted.get(Share.DUES), remitted.get(Share.UNION_FUNDING)),
        // Negative when more was remitted than owed so far; the settlement trues it up.
        new ByShare(
            owedDues - remitted.get(Share.DUES), owedFunding - remitted.get(Share.UNION_FUNDING)),
        opening,
        opening + income - spent - remittedTotal,
        YearBudget.NONE,
        SpendingRatios.NOTHING_SPENT,
        null);
  }

  /** The upper union's part of {@code amountVnd} when the branch keeps {@code keepBp}. */
  private static long upward(long amountVnd, int keepBp) {
    return RuleTable.ofBp(amountVnd, 10_000 - keepBp);
  }
}
