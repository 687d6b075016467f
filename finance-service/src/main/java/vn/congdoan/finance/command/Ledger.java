package vn.congdoan.finance.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.finance.api.RecordIncomeCommand;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.RuleViolationException;

/** A branch's books: one ledger per branch, opened by the first entry recorded in it. */
@Aggregate
public class Ledger {
  @AggregateIdentifier private String branchId;
  private final Set<String> incomeIds = new HashSet<>();

  protected Ledger() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public void handle(RecordIncomeCommand c) {
    if (c.amountVnd() <= 0) {
      throw new RuleViolationException("An income must be more than 0 VND");
    }
    if (incomeIds.contains(c.incomeId())) {
      throw new ConflictException(
          "Income " + c.incomeId() + " is already recorded for branch " + c.branchId());
    }
    apply(
        new IncomeRecordedEvent(
            c.branchId(), c.incomeId(), c.source(), c.amountVnd(), c.receivedOn()));
  }

  @EventSourcingHandler
  void on(IncomeRecordedEvent event) {
    branchId = event.branchId();
    incomeIds.add(event.incomeId());
  }
}
