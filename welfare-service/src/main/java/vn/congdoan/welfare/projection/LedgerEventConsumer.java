package vn.congdoan.welfare.projection;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.platform.infra.feed.EventFeed;

/**
 * Reads {@code finance.events} in batches into {@link MongoBranchBooks}, in its own consumer group.
 * Offsets are acknowledged only once the batch is written; a failure (MongoDB away) makes the
 * container deliver it again, which the writes absorb.
 */
public class LedgerEventConsumer {
  public static final String LISTENER_ID = "welfare-books";

  private final EventFeed feed = EventFeed.upcasting();
  private final LedgerEvents events;
  private final MongoBranchBooks books;

  LedgerEventConsumer(LedgerEvents events, MongoBranchBooks books) {
    this.events = events;
    this.books = books;
  }

  // The id is the group: welfare-books, apart from the member directory's.
  @KafkaListener(id = LISTENER_ID, topics = Topics.FINANCE, batch = "true")
  public void onBatch(List<ConsumerRecord<String, String>> records, Acknowledgment ack) {
    feed.take(records, ack, this::write);
  }

  private void write(List<EventFeed.Received> batch) {
    List<WriteModel<Document>> writes = new ArrayList<>();
    for (EventFeed.Received received : batch) {
      try {
        events.read(received.envelope()).map(MongoBranchBooks::write).ifPresent(writes::add);
      } catch (Exception e) {
        // it can never be read, so it must not stop the rest
        EventFeed.skip(
            received.record(), "its payload cannot be read (" + e.getClass().getSimpleName() + ")");
      }
    }
    if (!writes.isEmpty()) {
      books.collection().bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }
  }
}
