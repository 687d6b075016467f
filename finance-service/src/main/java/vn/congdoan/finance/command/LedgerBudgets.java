package vn.congdoan.finance.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import vn.congdoan.finance.api.ApproveBudgetCommand;
import vn.congdoan.finance.api.BudgetApprovedEvent;
import vn.congdoan.finance.api.BudgetEstimatedEvent;
import vn.congdoan.finance.api.BudgetLine;
import vn.congdoan.finance.api.BudgetStanding;
import vn.congdoan.finance.api.EstimateBudgetCommand;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;

/** A ledger's budget estimates (dự toán), one a year, and their approval by the upper union. */
public class LedgerBudgets {
  private final Map<Integer, Budget> byYear = new HashMap<>();
  private final LedgerClosings closings;

  LedgerBudgets(LedgerClosings closings) {
    this.closings = closings;
  }

  /** A year's estimate; {@code approvedOn} is null until the upper union approves it. */
  public record Budget(Map<ExpenseCategory, Long> lines, LocalDate approvedOn, String approvedBy) {
    /** A category without a line of its own was estimated at nothing. */
    public long line(ExpenseCategory category) {
      return lines.getOrDefault(category, 0L);
    }

    public boolean approved() {
      return approvedOn != null;
    }
  }

  // Estimating may be the first thing a branch records: it opens the ledger.
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public void handle(EstimateBudgetCommand c) {
    closings.requireOpen(c.year());
    if (c.lines() == null || c.lines().isEmpty()) {
      throw new RuleViolationException(Refusal.of("finance.budget.no-lines"));
    }
    var seen = new EnumMap<ExpenseCategory, Long>(ExpenseCategory.class);
    for (BudgetLine line : c.lines()) {
      if (line == null || line.category() == null) {
        throw new RuleViolationException(Refusal.of("finance.budget.line-category"));
      }
      if (line.amountVnd() < 0) {
        throw new RuleViolationException(
            Refusal.of("finance.budget.line-negative", line.category()));
      }
      if (seen.put(line.category(), line.amountVnd()) != null) {
        throw new RuleViolationException(
            Refusal.of("finance.budget.line-repeated", line.category()));
      }
    }
    Budget current = byYear.get(c.year());
    if (current != null && current.approved()) {
      throw new RuleViolationException(
          Refusal.of("finance.budget.approved-no-reestimate", c.year(), current.approvedOn()));
    }
    apply(new BudgetEstimatedEvent(c.branchId(), c.year(), List.copyOf(c.lines())));
  }

  // CREATE_IF_MISSING so that approving in a ledger that holds nothing is refused (422), not 404.
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public void handle(ApproveBudgetCommand c) {
    closings.requireOpen(c.year());
    Budget current = byYear.get(c.year());
    if (current == null) {
      throw new RuleViolationException(Refusal.of("finance.budget.none", c.year()));
    }
    if (current.approved()) {
      throw new RuleViolationException(
          Refusal.of("finance.budget.already-approved", c.year(), current.approvedOn()));
    }
    if (c.approvedOn() == null) {
      throw new RuleViolationException(Refusal.of("finance.budget.approval-date"));
    }
    apply(new BudgetApprovedEvent(c.branchId(), c.year(), c.approvedOn(), c.approvedBy()));
  }

  /** The year's budget, or null when none was estimated. */
  public Budget of(int year) {
    return byYear.get(year);
  }

  /**
   * How an expense of {@code amountVnd} stands when {@code spentVnd} was already spent on its line
   * in the year; over an approved line it is refused unless {@code authorised}.
   */
  BudgetStanding standing(
      ExpenseCategory category, int year, long amountVnd, long spentVnd, boolean authorised) {
    Budget budget = byYear.get(year);
    if (budget == null || !budget.approved()) {
      return BudgetStanding.NO_APPROVED_BUDGET;
    }
    long line = budget.line(category);
    if (Math.addExact(spentVnd, amountVnd) <= line) {
      return BudgetStanding.WITHIN_BUDGET;
    }
    if (authorised) {
      return BudgetStanding.AUTHORISED_OVERRUN;
    }
    throw new RuleViolationException(
        Refusal.of(
            "finance.budget.over",
            category,
            year,
            Refusal.vnd(line),
            Refusal.vnd(spentVnd),
            Refusal.vnd(amountVnd)));
  }

  @EventSourcingHandler
  void on(BudgetEstimatedEvent event) {
    var lines = new EnumMap<ExpenseCategory, Long>(ExpenseCategory.class);
    event.lines().forEach(l -> lines.put(l.category(), l.amountVnd()));
    byYear.put(event.year(), new Budget(Map.copyOf(lines), null, null));
  }

  @EventSourcingHandler
  void on(BudgetApprovedEvent event) {
    Budget b = byYear.get(event.year());
    byYear.put(event.year(), new Budget(b.lines(), event.approvedOn(), event.approvedBy()));
  }
}
