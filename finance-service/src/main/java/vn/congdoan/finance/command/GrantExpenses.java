package vn.congdoan.finance.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congdoan.finance.api.GrantExpenseParkedEvent;
import vn.congdoan.finance.api.GrantExpenseRecordedEvent;
import vn.congdoan.finance.api.GrantExpenseReversedEvent;
import vn.congdoan.finance.api.ParkedEntry;
import vn.congdoan.finance.api.ParkedGrantExpenseWithdrawnEvent;
import vn.congdoan.finance.api.RecordGrantExpenseCommand;
import vn.congdoan.finance.api.ReverseGrantExpenseCommand;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;

/**
 * Welfare grants turned member-care expenses, each once, and their reversals. The commands come
 * from welfare's Kafka log, which may deliver a grant again at any time: a repeat is already done,
 * not a conflict, so it records nothing and refuses nothing.
 *
 * <p>The rule that keeps welfare and the books in step: a grant is member care of its own year; its
 * reversal takes it back in that same year while the year is open, and once the year is settled in
 * the open year, as a correction of the earlier one. What cannot be booked at all (a grant dated in
 * a settled year, anything after the books closed) is parked on the problem list, never dropped.
 */
public class GrantExpenses {
  private static final Logger log = LoggerFactory.getLogger(GrantExpenses.class);

  /** One grant's expense; {@code reversal} is null until it is taken back. */
  record Grant(long amountVnd, LocalDate spentOn, GrantExpenseReversedEvent reversal) {
    int year() {
      return spentOn.getYear();
    }
  }

  /** A year's correction of an earlier year's member care, by the reversals booked in it. */
  public record Correction(int correctsYear, int grants, long amountVnd) {}

  private final Map<GrantId, Grant> grants = new LinkedHashMap<>();
  private final Map<GrantId, GrantExpenseParkedEvent> parked = new LinkedHashMap<>();
  private final Set<GrantId> withdrawn = new HashSet<>();
  private final LedgerClosings closings;

  GrantExpenses(LedgerClosings closings) {
    this.closings = closings;
  }

  /** The expense id of a grant: derived, so the same grant can only ever be one expense. */
  public static String expenseId(GrantId grantId) {
    return "grant-" + grantId.value();
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public GrantBooking handle(RecordGrantExpenseCommand c) {
    if (grants.containsKey(c.grantId())
        || parked.containsKey(c.grantId())
        || withdrawn.contains(c.grantId())) {
      return GrantBooking.ALREADY_DONE;
    }
    if (c.grantId() == null || c.spentOn() == null) {
      throw new RuleViolationException(Refusal.of("finance.grant-expense.incomplete"));
    }
    if (c.amountVnd() <= 0) {
      throw new RuleViolationException(Refusal.of("finance.grant-expense.positive"));
    }
    Optional<Refusal> closed = closings.closedBecause(c.spentOn().getYear());
    if (closed.isPresent()) {
      apply(
          new GrantExpenseParkedEvent(
              c.branchId(),
              c.grantId(),
              ParkedEntry.GRANT,
              c.amountVnd(),
              c.spentOn(),
              closed.get().english()));
      return GrantBooking.PARKED;
    }
    apply(
        new GrantExpenseRecordedEvent(
            c.branchId(), expenseId(c.grantId()), c.grantId(), c.amountVnd(), c.spentOn()));
    return GrantBooking.BOOKED;
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public GrantBooking handle(ReverseGrantExpenseCommand c) {
    if (c.reversedOn() == null) {
      throw new RuleViolationException(Refusal.of("finance.grant-expense.reversal-date"));
    }
    if (withdrawn.contains(c.grantId())) {
      return GrantBooking.ALREADY_DONE;
    }
    GrantExpenseParkedEvent waiting = parked.get(c.grantId());
    if (waiting != null) {
      if (waiting.entry() == ParkedEntry.REVERSAL) {
        return GrantBooking.ALREADY_DONE;
      }
      apply(new ParkedGrantExpenseWithdrawnEvent(c.branchId(), c.grantId(), c.reversedOn()));
      return GrantBooking.WITHDRAWN;
    }
    Grant grant = grants.get(c.grantId());
    if (grant == null) {
      // Kafka keeps one grant's events in order, so its expense should be here already.
      log.warn(
          "Reversal of grant {} of branch {} ignored: no expense was recorded for it",
          c.grantId(),
          c.branchId());
      return GrantBooking.UNKNOWN_GRANT;
    }
    if (grant.reversal() != null) {
      return GrantBooking.ALREADY_DONE;
    }
    LocalDate bookedOn =
        closings.closedBecause(grant.year()).isEmpty() ? grant.spentOn() : c.reversedOn();
    Optional<Refusal> closed = closings.closedBecause(bookedOn.getYear());
    if (closed.isPresent()) {
      apply(
          new GrantExpenseParkedEvent(
              c.branchId(),
              c.grantId(),
              ParkedEntry.REVERSAL,
              grant.amountVnd(),
              c.reversedOn(),
              closed.get().english()));
      return GrantBooking.PARKED;
    }
    apply(
        new GrantExpenseReversedEvent(
            c.branchId(),
            expenseId(c.grantId()),
            c.grantId(),
            grant.amountVnd(),
            c.reversedOn(),
            bookedOn,
            grant.year()));
    return GrantBooking.BOOKED;
  }

  /** Member care paid by grants dated in {@code year}, less the reversals booked in it. */
  public long spentIn(int year) {
    long total = 0;
    for (Grant g : grants.values()) {
      if (g.year() == year) {
        total = Math.addExact(total, g.amountVnd());
      }
      if (g.reversal() != null && bookedOn(g).getYear() == year) {
        total = Math.subtractExact(total, g.amountVnd());
      }
    }
    return total;
  }

  /** What the reversals booked in {@code year} took back from earlier (or later) years. */
  public List<Correction> correctionsIn(int year) {
    var byYear = new TreeMap<Integer, Correction>();
    for (Grant g : grants.values()) {
      if (g.reversal() != null && bookedOn(g).getYear() == year && g.year() != year) {
        byYear.merge(
            g.year(),
            new Correction(g.year(), 1, -g.amountVnd()),
            (a, b) ->
                new Correction(
                    a.correctsYear(), a.grants() + 1, Math.addExact(a.amountVnd(), b.amountVnd())));
      }
    }
    return List.copyOf(byYear.values());
  }

  /** What could not be booked and is dated in {@code year}. */
  public List<GrantExpenseParkedEvent> parkedIn(int year) {
    var inYear = new ArrayList<GrantExpenseParkedEvent>();
    parked.values().stream().filter(p -> p.dated().getYear() == year).forEach(inYear::add);
    return inYear;
  }

  /** Every year a grant was spent or taken back in. */
  Set<Integer> years() {
    var years = new HashSet<Integer>();
    for (Grant g : grants.values()) {
      years.add(g.year());
      if (g.reversal() != null) {
        years.add(bookedOn(g).getYear());
      }
    }
    return years;
  }

  /** Revision 1 reversals, upcast, carry their own day. */
  private static LocalDate bookedOn(Grant g) {
    LocalDate on = g.reversal().bookedOn();
    return on == null ? g.reversal().reversedOn() : on;
  }

  @EventSourcingHandler
  void on(GrantExpenseRecordedEvent event) {
    grants.put(event.grantId(), new Grant(event.amountVnd(), event.spentOn(), null));
  }

  @EventSourcingHandler
  void on(GrantExpenseReversedEvent event) {
    grants.computeIfPresent(
        event.grantId(), (id, g) -> new Grant(g.amountVnd(), g.spentOn(), event));
  }

  @EventSourcingHandler
  void on(GrantExpenseParkedEvent event) {
    parked.put(event.grantId(), event);
  }

  @EventSourcingHandler
  void on(ParkedGrantExpenseWithdrawnEvent event) {
    parked.remove(event.grantId());
    // Kafka may deliver the grant again: it stays withdrawn, never parked a second time.
    withdrawn.add(event.grantId());
  }
}
