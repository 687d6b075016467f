package vn.congdoan.finance.query.dissolutions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import vn.congdoan.finance.api.CloseBooksCommand;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.platform.api.Topics;

/**
 * Closes the books of branches dissolved on {@code membership.events}, in batches, in its own
 * consumer group. As with grants, offsets are acknowledged only once the batch was handled and any
 * other failure throws for the batch to come again; closing is idempotent, the ledger closes once.
 */
public class DissolutionConsumer {
  public static final String LISTENER_ID = "finance-membership";
  static final String USER = "system:membership-dissolutions";
  private static final Logger log = LoggerFactory.getLogger(DissolutionConsumer.class);

  private final Dissolutions dissolutions;
  private final CommandGateway gateway;

  DissolutionConsumer(Dissolutions dissolutions, CommandGateway gateway) {
    this.dissolutions = dissolutions;
    this.gateway = gateway;
  }

  // The id is the group: finance-membership, apart from the grants' group.
  @KafkaListener(id = LISTENER_ID, topics = Topics.MEMBERSHIP, batch = "true")
  public void onBatch(List<ConsumerRecord<String, String>> records, Acknowledgment ack) {
    for (ConsumerRecord<String, String> record : records) {
      var envelope = dissolutions.envelope(record.value());
      if (envelope.isEmpty()) {
        skip(record, "not an event envelope");
        continue;
      }
      try {
        dissolutions.command(envelope.get()).ifPresent(c -> send(c, envelope.get()));
      } catch (Dissolutions.Unreadable e) {
        skip(record, "unreadable dissolution (" + e.getMessage() + ")");
      } catch (RuleViolationException e) {
        skip(record, "refused by the ledger: " + e.getMessage());
      }
    }
    ack.acknowledge();
  }

  private void send(CloseBooksCommand command, EventEnvelope envelope) {
    gateway.sendAndWait(
        GenericCommandMessage.asCommandMessage(command)
            .andMetaData(metadata(command.branchId(), envelope)));
  }

  static MetaData metadata(String branchId, EventEnvelope envelope) {
    Map<String, String> data = new HashMap<>();
    data.put(MetadataKeys.USER, USER);
    data.put(MetadataKeys.BRANCH, branchId);
    String correlation =
        envelope.metadata() == null ? null : envelope.metadata().get(MetadataKeys.CORRELATION_ID);
    if (correlation != null) {
      data.put(MetadataKeys.CORRELATION_ID, correlation);
    }
    return MetaData.from(data);
  }

  private static void skip(ConsumerRecord<String, String> record, String why) {
    // Where it is, not what it says: the value may hold personal data.
    log.error(
        "Skipping record {}-{}@{} (key {}): {}",
        record.topic(),
        record.partition(),
        record.offset(),
        record.key(),
        why);
  }
}
