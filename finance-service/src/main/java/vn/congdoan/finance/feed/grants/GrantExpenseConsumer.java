package vn.congdoan.finance.feed.grants;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import vn.congdoan.finance.api.ReverseGrantExpenseCommand;
import vn.congdoan.finance.command.GrantBooking;
import vn.congdoan.finance.feed.CommandFeed;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.api.Topics;

/**
 * Turns welfare grants on {@code welfare.events} into member-care expenses (see {@link
 * CommandFeed}). Safe to deliver again: a grant's expense id is derived from the grant, and the
 * ledger records it only once.
 */
public class GrantExpenseConsumer {
  public static final String LISTENER_ID = "finance-grants";
  static final String USER = "system:welfare-grants";

  /** Grants and reversals the ledger could not book and parked on a year's problem list. */
  public static final String PARKED = "finance.grants.parked";

  private final WelfareGrants grants;
  private final CommandFeed feed;

  GrantExpenseConsumer(WelfareGrants grants, CommandGateway gateway, MeterRegistry metrics) {
    this.grants = grants;
    this.feed =
        new CommandFeed(
            gateway,
            USER,
            GrantExpenseConsumer::branch,
            (command, result) -> {
              if (result == GrantBooking.PARKED) {
                // Operators alert on this; which grant and why is on the finance year's problems.
                String entry = command instanceof ReverseGrantExpenseCommand ? "reversal" : "grant";
                metrics.counter(PARKED, "entry", entry).increment();
              }
            });
  }

  /** A grant's aggregate is the grant; welfare recorded it under the branch of the ledger. */
  private static String branch(EventEnvelope envelope) {
    return envelope.metadata() == null ? null : envelope.metadata().get(MetadataKeys.BRANCH);
  }

  @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = Topics.WELFARE, batch = "true")
  public void onBatch(List<ConsumerRecord<String, String>> records, Acknowledgment ack) {
    feed.handle(records, ack, grants::command);
  }
}
