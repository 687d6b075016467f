package vn.congdoan.welfare.projection;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.platform.infra.feed.EventFeed;
import vn.congdoan.platform.infra.wire.PayloadUpcasts;

/**
 * Reads {@code membership.events} in batches into {@link MemberStayProjection}. Offsets are
 * acknowledged only once the batch is written; a failure (MongoDB away) makes the container deliver
 * the same batch again, which the projection absorbs.
 */
public class MemberEventConsumer {
  public static final String LISTENER_ID = "welfare-members";

  private final EventFeed feed;
  private final MemberStayProjection projection;

  MemberEventConsumer(MembershipEvents events, MemberStayProjection projection) {
    this.feed =
        EventFeed.upcasting(
            PayloadUpcasts.platform(), events::envelope, record -> projection.countUnreadable());
    this.projection = projection;
  }

  @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = Topics.MEMBERSHIP, batch = "true")
  public void onBatch(List<ConsumerRecord<String, String>> records, Acknowledgment ack) {
    feed.take(
        records,
        ack,
        batch -> projection.apply(batch.stream().map(EventFeed.Received::envelope).toList()));
  }
}
