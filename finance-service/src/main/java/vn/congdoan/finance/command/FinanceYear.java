package vn.congdoan.finance.command;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.congdoan.finance.api.DuesPayment;
import vn.congdoan.finance.api.DuesRecordedEvent;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.FinanceRule;
import vn.congdoan.finance.api.FinanceRule.RuleKind;
import vn.congdoan.finance.api.GrantExpenseParkedEvent;
import vn.congdoan.finance.api.ParkedEntry;
import vn.congdoan.finance.api.Share;
import vn.congdoan.finance.api.UnionFundingRecordedEvent;
import vn.congdoan.finance.api.YearSettledEvent;
import vn.congdoan.platform.api.GrantId;

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
    Settled settled,
    List<Problem> problems) {

  /** The year's settlement; null in the view while the year is open. */
  public record Settled(LocalDate settledOn, long closingBalanceVnd) {
    static Settled of(YearSettledEvent event) {
      return event == null ? null : new Settled(event.settledOn(), event.closingBalanceVnd());
    }
  }

  public record Income(long duesVnd, long unionFundingVnd, long otherVnd, long totalVnd) {}

  /**
   * {@code corrections}: what reversals booked in this year took back from other years' member care
   * (negative), already counted in {@code byCategory}'s MEMBER_CARE and the total.
   */
  public record Expense(
      long totalVnd,
      Map<ExpenseCategory, Long> byCategory,
      List<GrantExpenses.Correction> corrections) {}

  /**
   * A welfare grant (or its reversal) dated in this year that the ledger could not book, waiting
   * for an operator: welfare shows it, the books do not.
   */
  public record Problem(
      GrantId grantId, ParkedEntry entry, long amountVnd, LocalDate dated, String reason) {
    static Problem of(GrantExpenseParkedEvent e) {
      return new Problem(e.grantId(), e.entry(), e.amountVnd(), e.dated(), e.reason());
    }
  }

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
        settled,
        problems);
  }

  /**
   * This year opening with the balance carried from the last settled year, its settlement, and what
   * of it the ledger could not book.
   */
  FinanceYear carried(long openingVnd, Settled settled, List<GrantExpenseParkedEvent> parked) {
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
        settled,
        parked.stream().map(Problem::of).toList());
  }

  /** The year of a branch whose ledger holds nothing yet. */
  public static FinanceYear empty(String branchId, int year) {
    return of(branchId, year, new LedgerEntries(), 0, List.of(), RuleTable.EMPTY, null);
  }

  /**
   * {@code grantCare}: welfare grants booked as member care in the year, net of the reversals
   * booked in it; {@code corrections}: the part of those reversals that corrects other years.
   */
  static FinanceYear of(
      String branchId,
      int year,
      LedgerEntries entries,
      long grantCare,
      List<GrantExpenses.Correction> corrections,
      RuleTable rules,
      String sector) {
    long dues = 0;
    long owedDues = 0;
    for (DuesRecordedEvent d : entries.dues()) {
      if (d.period().getYear() != year) {
        continue;
      }
      FinanceRule share = rules.required(RuleKind.SHARE, sector, d.period().atDay(1)).rule();
      RoundingMode rounding = rules.rounding(sector, d.period().atDay(1));
      for (DuesPayment p : d.payments()) {
        dues = Math.addExact(dues, p.amountVnd());
        // Only the standard part is shared upward: the excess above standard dues stays 100% with
        // the branch.
        owedDues =
            Math.addExact(
                owedDues,
                upward(Math.min(p.amountVnd(), p.standardVnd()), share.keepDuesBp(), rounding));
      }
    }
    long funding = 0;
    long owedFunding = 0;
    for (UnionFundingRecordedEvent f : entries.funding().values()) {
      if (f.period().getYear() != year) {
        continue;
      }
      FinanceRule share = rules.required(RuleKind.SHARE, sector, f.period().atDay(1)).rule();
      RoundingMode rounding = rules.rounding(sector, f.period().atDay(1));
      funding = Math.addExact(funding, f.amountVnd());
      owedFunding +=
          upward(Math.min(f.amountVnd(), f.standardVnd()), share.keepFundingBp(), rounding);
    }
    long other =
        entries.incomes().stream()
            .filter(i -> i.receivedOn().getYear() == year)
            .mapToLong(i -> i.amountVnd())
            .reduce(0L, Math::addExact);
    var byCategory = new EnumMap<ExpenseCategory, Long>(ExpenseCategory.class);
    for (ExpenseCategory c : ExpenseCategory.values()) {
      byCategory.put(c, 0L);
    }
    entries.expenses().values().stream()
        .filter(e -> e.spentOn().getYear() == year)
        .forEach(e -> byCategory.merge(e.category(), e.amountVnd(), Math::addExact));
    byCategory.merge(ExpenseCategory.MEMBER_CARE, grantCare, Math::addExact);
    long spent = byCategory.values().stream().mapToLong(Long::longValue).reduce(0L, Math::addExact);
    var remitted = new EnumMap<Share, Long>(Map.of(Share.DUES, 0L, Share.UNION_FUNDING, 0L));
    entries.remittances().values().stream()
        .filter(r -> r.remittedOn().getYear() == year)
        .forEach(r -> remitted.merge(r.share(), r.amountVnd(), Math::addExact));
    long income = dues + funding + other;
    // The balance carried from the last settled year is added by carried().
    long opening = 0;
    long remittedTotal = remitted.get(Share.DUES) + remitted.get(Share.UNION_FUNDING);
    return new FinanceYear(
        branchId,
        year,
        new Income(dues, funding, other, income),
        new Expense(spent, byCategory, List.copyOf(corrections)),
        new ByShare(owedDues, owedFunding),
        new ByShare(remitted.get(Share.DUES), remitted.get(Share.UNION_FUNDING)),
        // Negative when more was remitted than owed so far; the settlement trues it up.
        new ByShare(
            owedDues - remitted.get(Share.DUES), owedFunding - remitted.get(Share.UNION_FUNDING)),
        opening,
        opening + income - spent - remittedTotal,
        YearBudget.NONE,
        SpendingRatios.NOTHING_SPENT,
        null,
        List.of());
  }

  /**
   * The upper union's part of {@code amountVnd} when the branch keeps {@code keepBp}; the branch
   * keeps the rest, so the two parts always add up to the whole.
   */
  private static long upward(long amountVnd, int keepBp, RoundingMode rounding) {
    return RuleTable.ofBp(amountVnd, 10_000 - keepBp, rounding);
  }
}
