package vn.congdoan.welfare.projection;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.Topics;

/**
 * Reads {@code membership.events} in batches into {@link MemberStayProjection}. Offsets are
 * acknowledged only once the batch is written; a failure (MongoDB away) makes the container deliver
 * the same batch again, which the projection absorbs.
 */
public class MemberEventConsumer {
  public static final String LISTENER_ID = "welfare-members";
  private static final Logger log = LoggerFactory.getLogger(MemberEventConsumer.class);

  private final MembershipEvents events;
  private final MemberStayProjection projection;

  MemberEventConsumer(MembershipEvents events, MemberStayProjection projection) {
    this.events = events;
    this.projection = projection;
  }

  @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = Topics.MEMBERSHIP, batch = "true")
  public void onBatch(List<ConsumerRecord<String, String>> records, Acknowledgment ack) {
    List<EventEnvelope> batch = new ArrayList<>(records.size());
    for (ConsumerRecord<String, String> record : records) {
      events.envelope(record.value()).ifPresentOrElse(batch::add, () -> notAnEnvelope(record));
    }
    projection.apply(batch);
    ack.acknowledge();
  }

  private void notAnEnvelope(ConsumerRecord<String, String> record) {
    // Where it is, not what it says: the value may hold personal data.
    log.error(
        "Skipping record {}-{}@{} (key {}): not an event envelope",
        record.topic(),
        record.partition(),
        record.offset(),
        record.key());
    projection.countUnreadable();
  }
}
