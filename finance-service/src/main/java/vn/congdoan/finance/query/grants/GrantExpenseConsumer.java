package vn.congdoan.finance.query.grants;

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
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.platform.api.Topics;

/**
 * Turns welfare grants on {@code welfare.events} into member-care expenses, in batches. Offsets are
 * acknowledged only once every command of the batch was handled; any other failure (the store away)
 * throws, and the container delivers the batch again. That is safe because the commands are
 * idempotent: a grant's expense id is derived from the grant, and the ledger records it only once.
 */
public class GrantExpenseConsumer {
  public static final String LISTENER_ID = "finance-grants";
  static final String USER = "system:welfare-grants";
  private static final Logger log = LoggerFactory.getLogger(GrantExpenseConsumer.class);

  private final WelfareGrants grants;
  private final CommandGateway gateway;

  GrantExpenseConsumer(WelfareGrants grants, CommandGateway gateway) {
    this.grants = grants;
    this.gateway = gateway;
  }

  @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = Topics.WELFARE, batch = "true")
  public void onBatch(List<ConsumerRecord<String, String>> records, Acknowledgment ack) {
    for (ConsumerRecord<String, String> record : records) {
      var envelope = grants.envelope(record.value());
      if (envelope.isEmpty()) {
        skip(record, "not an event envelope");
        continue;
      }
      try {
        grants.command(envelope.get()).ifPresent(c -> send(c, envelope.get()));
      } catch (WelfareGrants.Unreadable e) {
        skip(record, "unreadable grant event (" + e.getMessage() + ")");
      } catch (RuleViolationException e) {
        // The ledger will refuse it however often it is sent: waiting would stop every grant after.
        skip(record, "refused by the ledger: " + e.getMessage());
      }
    }
    ack.acknowledge();
  }

  private void send(Object command, EventEnvelope envelope) {
    gateway.sendAndWait(
        GenericCommandMessage.asCommandMessage(command).andMetaData(metadata(envelope)));
  }

  static MetaData metadata(EventEnvelope envelope) {
    Map<String, String> data = new HashMap<>();
    data.put(MetadataKeys.USER, USER);
    // The grant's branch is the ledger's: welfare recorded it under the same branch id.
    String branch =
        envelope.metadata() == null ? null : envelope.metadata().get(MetadataKeys.BRANCH);
    if (branch != null) {
      data.put(MetadataKeys.BRANCH, branch);
    }
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
