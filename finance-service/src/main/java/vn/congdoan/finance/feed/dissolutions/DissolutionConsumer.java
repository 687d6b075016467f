package vn.congdoan.finance.feed.dissolutions;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import vn.congdoan.finance.feed.CommandFeed;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.Topics;

/**
 * Closes the books of branches dissolved on {@code membership.events}, in its own consumer group
 * (see {@link CommandFeed}); closing is idempotent, the ledger closes once. A membership event's
 * aggregate is its branch.
 */
public class DissolutionConsumer {
  public static final String LISTENER_ID = "finance-membership";
  static final String USER = "system:membership-dissolutions";

  private final Dissolutions dissolutions;
  private final CommandFeed feed;

  DissolutionConsumer(Dissolutions dissolutions, CommandGateway gateway) {
    this.dissolutions = dissolutions;
    this.feed = new CommandFeed(gateway, USER, EventEnvelope::aggregateId);
  }

  // The id is the group: finance-membership, apart from the grants' group.
  @KafkaListener(id = LISTENER_ID, topics = Topics.MEMBERSHIP, batch = "true")
  public void onBatch(List<ConsumerRecord<String, String>> records, Acknowledgment ack) {
    feed.handle(records, ack, dissolutions::command);
  }
}
