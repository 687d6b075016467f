package vn.congdoan.finance.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import vn.congdoan.finance.api.ExpenseCategory;

/** A year's budget against what was actually spent on each line. */
public record YearBudget(Status status, LocalDate approvedOn, String approvedBy, List<Line> lines) {
  public enum Status {
    NONE,
    ESTIMATED,
    APPROVED
  }

  /** {@code overVnd} is how far spending went past the line, 0 when within it. */
  public record Line(ExpenseCategory category, long budgetVnd, long actualVnd, long overVnd) {}

  public static final YearBudget NONE = new YearBudget(Status.NONE, null, null, List.of());

  /**
   * Every estimated line, and every line spent on without one (its budget being 0); {@code budget}
   * null when the year has no estimate.
   */
  static YearBudget of(LedgerBudgets.Budget budget, ToLongFunction<ExpenseCategory> spent) {
    if (budget == null) {
      return NONE;
    }
    var lines = new ArrayList<Line>();
    for (ExpenseCategory c : ExpenseCategory.values()) {
      long actual = spent.applyAsLong(c);
      if (budget.lines().containsKey(c) || actual > 0) {
        long line = budget.line(c);
        lines.add(new Line(c, line, actual, Math.max(0, actual - line)));
      }
    }
    return new YearBudget(
        budget.approved() ? Status.APPROVED : Status.ESTIMATED,
        budget.approvedOn(),
        budget.approvedBy(),
        List.copyOf(lines));
  }
}
