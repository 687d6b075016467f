package vn.congdoan.finance.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import vn.congdoan.finance.api.BooksClosedEvent;
import vn.congdoan.finance.api.CloseBooksCommand;
import vn.congdoan.finance.api.SettleYearCommand;
import vn.congdoan.finance.api.YearSettledEvent;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;

/**
 * What closes a ledger's books: the year-end settlement (quyết toán), which freezes a year and
 * carries its balance forward, and the closing of a dissolved branch's books for good
 * (4181/TLĐ-TC).
 */
public class LedgerClosings {
  private final IntFunction<YearTotals> totals;
  private final Supplier<SortedSet<Integer>> years;
  private final TreeMap<Integer, YearSettledEvent> settled = new TreeMap<>();
  private BooksClosedEvent closed;

  /** {@code totals}: a year's figures; {@code years}: every year the ledger has entries in. */
  LedgerClosings(IntFunction<YearTotals> totals, Supplier<SortedSet<Integer>> years) {
    this.totals = totals;
    this.years = years;
  }

  // CREATE_IF_MISSING: a branch that recorded nothing may still settle an (empty) year.
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public YearSettledEvent handle(SettleYearCommand c) {
    if (c.settledOn() == null) {
      throw new RuleViolationException(Refusal.of("finance.settlement.date"));
    }
    if (closed != null) {
      // The closing settled everything for good (4181/TLĐ-TC).
      requireOpen(c.year());
    }
    YearSettledEvent done = settled.get(c.year());
    if (done != null) {
      throw new RuleViolationException(
          Refusal.of("finance.settlement.already", c.year(), done.settledOn()));
    }
    if (c.settledOn().getYear() <= c.year()) {
      throw new RuleViolationException(
          Refusal.of("finance.settlement.before-end", c.year(), c.settledOn()));
    }
    for (int year : years.get().headSet(c.year())) {
      if (!settled.containsKey(year)) {
        throw new RuleViolationException(
            Refusal.of("finance.settlement.earlier-first", year, c.year()));
      }
    }
    long opening = openingOf(c.year());
    YearTotals t = totals.apply(c.year());
    var event =
        new YearSettledEvent(
            c.branchId(),
            c.year(),
            opening,
            t.incomeVnd(),
            t.expenseVnd(),
            t.remittedVnd(),
            opening + t.netVnd(),
            c.settledOn());
    apply(event);
    return event;
  }

  // CREATE_IF_MISSING: a dissolved branch that never recorded anything still gets closed books.
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public void handle(CloseBooksCommand c) {
    if (closed != null) {
      // The dissolution delivered again: the books are already closed.
      return;
    }
    if (c.closedOn() == null) {
      throw new RuleViolationException(Refusal.of("finance.closing.date"));
    }
    // Every entry ever recorded: settled years are in it exactly as their closings carried them.
    long balance =
        years.get().stream().mapToLong(y -> totals.apply(y).netVnd()).reduce(0L, Math::addExact);
    apply(new BooksClosedEvent(c.branchId(), c.closedOn(), balance, Math.max(balance, 0)));
  }

  /** Refuses an entry dated in {@code year} once that year is settled or the books are closed. */
  public void requireOpen(int year) {
    RuleViolationException.refuseIf(closedBecause(year));
  }

  /** Why nothing dated in {@code year} can be booked any more, or empty while it can. */
  public Optional<Refusal> closedBecause(int year) {
    if (closed != null) {
      return Optional.of(Refusal.of("finance.books.closed", closed.branchId(), closed.closedOn()));
    }
    if (settled.containsKey(year)) {
      return Optional.of(Refusal.of("finance.year.settled", year));
    }
    if (!settled.isEmpty() && year < settled.lastKey()) {
      // An earlier year would change the balance the later settlement carried forward.
      return Optional.of(Refusal.of("finance.year.closed", year, settled.lastKey()));
    }
    return Optional.empty();
  }

  /** The balance a year opens with: the closing of the last year settled before it, or 0. */
  public long openingOf(int year) {
    Map.Entry<Integer, YearSettledEvent> before = settled.lowerEntry(year);
    return before == null ? 0 : before.getValue().closingBalanceVnd();
  }

  /** The year's settlement, or null while it is open. */
  public YearSettledEvent settlementOf(int year) {
    return settled.get(year);
  }

  /** The closing of the books, or null while the branch is not dissolved. */
  public BooksClosedEvent closing() {
    return closed;
  }

  @EventSourcingHandler
  void on(YearSettledEvent event) {
    settled.put(event.year(), event);
  }

  @EventSourcingHandler
  void on(BooksClosedEvent event) {
    closed = event;
  }
}
