package vn.congdoan.finance.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.congdoan.finance.api.FinanceRuleAddedEvent;
import vn.congdoan.finance.command.RuleBook;
import vn.congdoan.finance.command.RuleTable;
import vn.congdoan.finance.command.Rules;

/**
 * The rule table read from the rule book's own events, so a rule added a moment ago applies to the
 * next entry. Reading the stream rather than loading the aggregate takes no lock on it: every
 * branch's dues would otherwise queue behind one another on the single rule book.
 */
@Component
public class RuleBookReader implements Rules {
  private final EventStore events;

  public RuleBookReader(EventStore events) {
    this.events = events;
  }

  @Override
  public RuleTable current() {
    var table = new RuleTable[] {RuleTable.EMPTY};
    events
        .readEvents(RuleBook.ID)
        .asStream()
        .map(m -> m.getPayload())
        .filter(FinanceRuleAddedEvent.class::isInstance)
        .map(FinanceRuleAddedEvent.class::cast)
        .forEachOrdered(e -> table[0] = table[0].with(e.ruleId(), e.rule()));
    return table[0];
  }
}
