package vn.congdoan.finance.command;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.ToLongFunction;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.problem.RefusalText;

/**
 * The shares of the year's spending held to the 4290/QĐ-TLĐ ratios: officers' allowances, member
 * care, and everything else. Percentages to one decimal; null (and nothing broken) when nothing was
 * spent. Each ratio broken is told in the reader's language.
 */
public record SpendingRatios(
    BigDecimal allowancesPct,
    BigDecimal carePct,
    BigDecimal otherPct,
    @JsonSerialize(contentUsing = RefusalText.class) List<Refusal> broken) {

  /** The ratios in whole percent: allowances at most, care at least, the rest at most. */
  public record Limits(int allowancesMaxPct, int careMinPct, int otherMaxPct) {}

  public static final SpendingRatios NOTHING_SPENT =
      new SpendingRatios(null, null, null, List.of());

  private static final EnumSet<ExpenseCategory> NAMED =
      EnumSet.of(ExpenseCategory.OFFICER_ALLOWANCES, ExpenseCategory.MEMBER_CARE);

  /**
   * The rule speaks of dues spending, but which fund paid an expense is not recorded yet, so the
   * ratios are taken over all of the year's spending.
   */
  public static SpendingRatios of(ToLongFunction<ExpenseCategory> spent, Limits limits) {
    long allowances = spent.applyAsLong(ExpenseCategory.OFFICER_ALLOWANCES);
    long care = spent.applyAsLong(ExpenseCategory.MEMBER_CARE);
    long other =
        EnumSet.complementOf(NAMED).stream()
            .mapToLong(spent::applyAsLong)
            .reduce(0L, Math::addExact);
    long total = allowances + care + other;
    if (total == 0) {
      return NOTHING_SPENT;
    }
    var broken = new ArrayList<Refusal>();
    // Compared in whole VND, not in the rounded percentages.
    if (allowances * 100 > limits.allowancesMaxPct() * total) {
      broken.add(
          Refusal.of(
              "finance.ratio.allowances", pct(allowances, total), limits.allowancesMaxPct()));
    }
    if (care * 100 < limits.careMinPct() * total) {
      broken.add(Refusal.of("finance.ratio.care", pct(care, total), limits.careMinPct()));
    }
    if (other * 100 > limits.otherMaxPct() * total) {
      broken.add(Refusal.of("finance.ratio.other", pct(other, total), limits.otherMaxPct()));
    }
    return new SpendingRatios(
        pct(allowances, total), pct(care, total), pct(other, total), List.copyOf(broken));
  }

  private static BigDecimal pct(long part, long total) {
    return BigDecimal.valueOf(part * 100)
        .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
  }
}
