package vn.congdoan.finance.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.congdoan.finance.api.BooksClosedEvent;
import vn.congdoan.finance.api.BudgetEstimatedEvent;
import vn.congdoan.finance.api.BudgetStanding;
import vn.congdoan.finance.api.DuesRecordedEvent;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.ExpenseRecordedEvent;
import vn.congdoan.finance.api.GrantExpenseParkedEvent;
import vn.congdoan.finance.api.GrantExpenseRecordedEvent;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.finance.api.RecordDuesCommand;
import vn.congdoan.finance.api.RecordExpenseCommand;
import vn.congdoan.finance.api.RecordIncomeCommand;
import vn.congdoan.finance.api.RecordUnionFundingCommand;
import vn.congdoan.finance.api.RemitShareCommand;
import vn.congdoan.finance.api.ShareRemittedEvent;
import vn.congdoan.finance.api.UnionFundingRecordedEvent;
import vn.congdoan.finance.api.YearSettledEvent;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;

/** A branch's books: one ledger per branch, opened by the first entry recorded in it. */
@Aggregate
public class Ledger {
  @AggregateIdentifier private String branchId;
  private final Set<String> incomeIds = new HashSet<>();
  private final Set<String> duesPaid = new HashSet<>();
  private final LedgerEntries entries = new LedgerEntries();

  @AggregateMember
  private final LedgerClosings closings = new LedgerClosings(this::totals, this::years);

  @AggregateMember private final GrantExpenses grantExpenses = new GrantExpenses(closings);
  @AggregateMember private final LedgerBudgets budgets = new LedgerBudgets(closings);

  protected Ledger() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public void handle(RecordIncomeCommand c) {
    positive(c.amountVnd(), Refusal.of("finance.what.income"));
    if (c.receivedOn() == null) {
      throw new RuleViolationException(Refusal.of("finance.income.date"));
    }
    closings.requireOpen(c.receivedOn().getYear());
    if (incomeIds.contains(c.incomeId())) {
      throw new ConflictException(
          Refusal.of("finance.income.duplicate", c.incomeId(), c.branchId()));
    }
    apply(
        new IncomeRecordedEvent(
            c.branchId(), c.incomeId(), c.source(), c.amountVnd(), c.receivedOn()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public DuesRecordedEvent handle(RecordDuesCommand c, Branches branches, Rules rules) {
    DuesPricing.check(c, memberId -> duesPaid.contains(key(memberId, c.period())));
    closings.requireOpen(c.period().getYear());
    var event = DuesPricing.price(c, branches, rules.current());
    apply(event);
    return event;
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public UnionFundingRecordedEvent handle(
      RecordUnionFundingCommand c, Branches branches, Rules rules) {
    if (c.period() == null) {
      throw new RuleViolationException(Refusal.of("finance.funding.period"));
    }
    closings.requireOpen(c.period().getYear());
    if (entries.funding().containsKey(c.period())) {
      throw new ConflictException(Refusal.of("finance.funding.duplicate", c.period()));
    }
    positive(c.payrollVnd(), Refusal.of("finance.what.payroll"));
    if (c.amountVnd() != null) {
      positive(c.amountVnd(), Refusal.of("finance.what.funding"));
    }
    var event = FundingPricing.price(c, branches, rules.current());
    apply(event);
    return event;
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public void handle(RecordExpenseCommand c) {
    positive(c.amountVnd(), Refusal.of("finance.what.expense"));
    if (c.category() == null || c.spentOn() == null) {
      throw new RuleViolationException(Refusal.of("finance.expense.incomplete"));
    }
    closings.requireOpen(c.spentOn().getYear());
    if (entries.expenses().containsKey(c.expenseId())) {
      throw new ConflictException(Refusal.of("finance.expense.duplicate", c.expenseId()));
    }
    int year = c.spentOn().getYear();
    BudgetStanding standing =
        budgets.standing(
            c.category(), year, c.amountVnd(), spent(c.category(), year), c.authorisedOverrun());
    apply(
        new ExpenseRecordedEvent(
            c.branchId(),
            c.expenseId(),
            c.category(),
            c.amountVnd(),
            c.spentOn(),
            c.reference(),
            standing));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public void handle(RemitShareCommand c) {
    positive(c.amountVnd(), Refusal.of("finance.what.remittance"));
    if (c.share() == null || c.remittedOn() == null) {
      throw new RuleViolationException(Refusal.of("finance.remittance.incomplete"));
    }
    closings.requireOpen(c.remittedOn().getYear());
    if (entries.remittances().containsKey(c.remittanceId())) {
      throw new ConflictException(Refusal.of("finance.remittance.duplicate", c.remittanceId()));
    }
    apply(
        new ShareRemittedEvent(
            c.branchId(), c.remittanceId(), c.share(), c.amountVnd(), c.remittedOn()));
  }

  /**
   * The year's figures; {@code rules} and {@code sector} give the shares owed upward, {@code
   * ratios} the spending ratios the year is held to.
   */
  public FinanceYear year(int year, RuleTable rules, String sector, SpendingRatios.Limits ratios) {
    var budget = YearBudget.of(budgets.of(year), category -> spent(category, year));
    return FinanceYear.of(
            branchId,
            year,
            entries,
            grantExpenses.spentIn(year),
            grantExpenses.correctionsIn(year),
            rules,
            sector)
        .with(budget, SpendingRatios.of(category -> spent(category, year), ratios))
        .carried(
            closings.openingOf(year),
            FinanceYear.Settled.of(closings.settlementOf(year)),
            grantExpenses.parkedIn(year));
  }

  private YearTotals totals(int year) {
    return entries.totals(year, grantExpenses.spentIn(year));
  }

  private SortedSet<Integer> years() {
    var years = entries.years();
    years.addAll(grantExpenses.years());
    return years;
  }

  /** What was spent on a line in a year: the branch's own expenses and, for care, its grants. */
  private long spent(ExpenseCategory category, int year) {
    long own = entries.spent(category, year);
    return category == ExpenseCategory.MEMBER_CARE ? own + grantExpenses.spentIn(year) : own;
  }

  @EventSourcingHandler
  void on(IncomeRecordedEvent event) {
    branchId = event.branchId().value();
    incomeIds.add(event.incomeId());
    entries.incomes().add(event);
  }

  @EventSourcingHandler
  void on(DuesRecordedEvent event) {
    branchId = event.branchId().value();
    event.payments().forEach(p -> duesPaid.add(key(p.memberId(), event.period())));
    entries.dues().add(event);
  }

  @EventSourcingHandler
  void on(UnionFundingRecordedEvent event) {
    branchId = event.branchId().value();
    entries.funding().put(event.period(), event);
  }

  @EventSourcingHandler
  void on(ExpenseRecordedEvent event) {
    branchId = event.branchId().value();
    entries.expenses().put(event.expenseId(), event);
  }

  /** The grant itself is kept by {@link GrantExpenses}; the ledger learns whose it is. */
  @EventSourcingHandler
  void on(GrantExpenseRecordedEvent event) {
    branchId = event.branchId().value();
  }

  /** A parked grant is kept by {@link GrantExpenses}; the ledger learns whose it is. */
  @EventSourcingHandler
  void on(GrantExpenseParkedEvent event) {
    branchId = event.branchId().value();
  }

  /** The estimate itself is kept by {@link LedgerBudgets}; it may be what opens the ledger. */
  @EventSourcingHandler
  void on(BudgetEstimatedEvent event) {
    branchId = event.branchId().value();
  }

  /** Settlements and closings are kept by {@link LedgerClosings}; either may open the ledger. */
  @EventSourcingHandler
  void on(YearSettledEvent event) {
    branchId = event.branchId().value();
  }

  @EventSourcingHandler
  void on(BooksClosedEvent event) {
    branchId = event.branchId().value();
  }

  @EventSourcingHandler
  void on(ShareRemittedEvent event) {
    branchId = event.branchId().value();
    entries.remittances().put(event.remittanceId(), event);
  }

  private static String key(MemberId memberId, YearMonth period) {
    return memberId.value() + "@" + period;
  }

  static void positive(long amountVnd, Refusal what) {
    if (amountVnd <= 0) {
      throw new RuleViolationException(Refusal.of("finance.amount.positive", what));
    }
  }
}
