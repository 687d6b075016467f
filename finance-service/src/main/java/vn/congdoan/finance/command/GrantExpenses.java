package vn.congdoan.finance.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congdoan.finance.api.GrantExpenseRecordedEvent;
import vn.congdoan.finance.api.GrantExpenseReversedEvent;
import vn.congdoan.finance.api.RecordGrantExpenseCommand;
import vn.congdoan.finance.api.ReverseGrantExpenseCommand;
import vn.congdoan.platform.api.RuleViolationException;

/**
 * Welfare grants turned member-care expenses, each once, and their reversals. The commands come
 * from welfare's Kafka log, which may deliver a grant again at any time: a repeat is already done,
 * not a conflict, so it records nothing and refuses nothing.
 */
public class GrantExpenses {
  private static final Logger log = LoggerFactory.getLogger(GrantExpenses.class);

  /** One grant's expense: its amount, when it was spent and, once reversed, when. */
  record Grant(long amountVnd, LocalDate spentOn, LocalDate reversedOn) {
    boolean reversed() {
      return reversedOn != null;
    }
  }

  private final Map<String, Grant> grants = new LinkedHashMap<>();
  private final LedgerClosings closings;

  GrantExpenses(LedgerClosings closings) {
    this.closings = closings;
  }

  /** The expense id of a grant: derived, so the same grant can only ever be one expense. */
  public static String expenseId(String grantId) {
    return "grant-" + grantId;
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public void handle(RecordGrantExpenseCommand c) {
    if (grants.containsKey(c.grantId())) {
      return;
    }
    if (c.grantId() == null || c.spentOn() == null) {
      throw new RuleViolationException("A grant expense needs a grant and a date");
    }
    if (c.amountVnd() <= 0) {
      throw new RuleViolationException("A grant expense must be more than 0 VND");
    }
    closings.requireOpen(c.spentOn().getYear());
    apply(
        new GrantExpenseRecordedEvent(
            c.branchId(), expenseId(c.grantId()), c.grantId(), c.amountVnd(), c.spentOn()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public void handle(ReverseGrantExpenseCommand c) {
    Grant grant = grants.get(c.grantId());
    if (grant == null) {
      // Kafka keeps one grant's events in order, so its expense should be here already.
      log.warn(
          "Reversal of grant {} of branch {} ignored: no expense was recorded for it",
          c.grantId(),
          c.branchId());
      return;
    }
    if (grant.reversed()) {
      return;
    }
    if (c.reversedOn() == null) {
      throw new RuleViolationException("A grant expense reversal needs a date");
    }
    closings.requireOpen(c.reversedOn().getYear());
    apply(
        new GrantExpenseReversedEvent(
            c.branchId(), expenseId(c.grantId()), c.grantId(), grant.amountVnd(), c.reversedOn()));
  }

  /** Member care paid by grants dated in {@code year}, less the reversals dated in it. */
  public long spentIn(int year) {
    long total = 0;
    for (Grant g : grants.values()) {
      if (g.spentOn().getYear() == year) {
        total += g.amountVnd();
      }
      if (g.reversed() && g.reversedOn().getYear() == year) {
        total -= g.amountVnd();
      }
    }
    return total;
  }

  /** Every year a grant was spent or reversed in. */
  Set<Integer> years() {
    var years = new HashSet<Integer>();
    for (Grant g : grants.values()) {
      years.add(g.spentOn().getYear());
      if (g.reversed()) {
        years.add(g.reversedOn().getYear());
      }
    }
    return years;
  }

  @EventSourcingHandler
  void on(GrantExpenseRecordedEvent event) {
    grants.put(event.grantId(), new Grant(event.amountVnd(), event.spentOn(), null));
  }

  @EventSourcingHandler
  void on(GrantExpenseReversedEvent event) {
    grants.computeIfPresent(
        event.grantId(), (id, g) -> new Grant(g.amountVnd(), g.spentOn(), event.reversedOn()));
  }
}
