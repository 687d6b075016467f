package vn.congdoan.welfare.projection;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import vn.congdoan.platform.api.Topics;

/**
 * Reads {@code finance.events} in batches into {@link MongoBranchBooks}, in its own consumer group.
 * Offsets are acknowledged only once the batch is written; a failure (MongoDB away) makes the
 * container deliver it again, which the writes absorb.
 */
public class LedgerEventConsumer {
  public static final String LISTENER_ID = "welfare-books";
  private static final Logger log = LoggerFactory.getLogger(LedgerEventConsumer.class);

  private final LedgerEvents events;
  private final MongoBranchBooks books;

  LedgerEventConsumer(LedgerEvents events, MongoBranchBooks books) {
    this.events = events;
    this.books = books;
  }

  // The id is the group: welfare-books, apart from the member directory's.
  @KafkaListener(id = LISTENER_ID, topics = Topics.FINANCE, batch = "true")
  public void onBatch(List<ConsumerRecord<String, String>> records, Acknowledgment ack) {
    List<WriteModel<Document>> writes = new ArrayList<>();
    for (ConsumerRecord<String, String> record : records) {
      try {
        events.read(record.value()).map(MongoBranchBooks::write).ifPresent(writes::add);
      } catch (Exception e) {
        // Where it is, never what it says; it can never be read, so it must not stop the rest.
        log.error(
            "Skipping record {}-{}@{}: its payload cannot be read ({})",
            record.topic(),
            record.partition(),
            record.offset(),
            e.getClass().getSimpleName());
      }
    }
    if (!writes.isEmpty()) {
      books.collection().bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }
    ack.acknowledge();
  }
}
