package vn.congdoan.welfare.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.welfare.api.Recipient;
import vn.congdoan.welfare.api.RecordWelfareGrantCommand;
import vn.congdoan.welfare.api.WelfareGrantRecordedEvent;

/** One welfare grant: a sum given to each of its recipients. */
@Aggregate
public class Grant {
  @AggregateIdentifier private String grantId;

  protected Grant() {}

  @CommandHandler
  public Grant(RecordWelfareGrantCommand c) {
    requireRecipients(c.recipients());
    if (c.amountVndEach() <= 0) {
      throw new RuleViolationException("The amount for each recipient must be more than 0 VND");
    }
    apply(
        new WelfareGrantRecordedEvent(
            c.grantId(),
            c.branchId(),
            c.kind(),
            c.grantedOn(),
            List.copyOf(c.recipients()),
            c.amountVndEach(),
            c.fund(),
            c.note()));
  }

  private static void requireRecipients(List<Recipient> recipients) {
    if (recipients == null || recipients.isEmpty()) {
      throw new RuleViolationException("A grant needs at least one recipient");
    }
    var seen = new HashSet<Recipient>();
    for (Recipient r : recipients) {
      if (!seen.add(r)) {
        throw new RuleViolationException(
            "Member " + r.memberId() + " is listed twice as " + r.relation());
      }
    }
  }

  @EventSourcingHandler
  void on(WelfareGrantRecordedEvent event) {
    grantId = event.grantId();
  }
}
