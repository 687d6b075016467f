package vn.congdoan.reporting.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.kafka.core.KafkaTemplate;
import vn.congdoan.reporting.ingest.BatchChange;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.query.ProvinceSummaries;

/**
 * Every reporting instance hears of every batch any instance applied. The instances share the event
 * topics' partitions between them, so each applies only some branches' events; after writing a
 * batch, the instance that applied it sends a notice of what changed to {@code reporting.changes},
 * and every instance (itself included) reads all notices from the moment it started — the topic has
 * one partition and no consumer group shares it — to refresh its kept province summaries and tell
 * its live dashboards.
 *
 * <p>A notice topic rather than each instance reading the event topics a second time: a notice
 * leaves only once its batch is written, so a dashboard that reloads on it reads the new figures,
 * where an instance reading the events itself could tell its dashboards before another instance had
 * written them.
 */
public class ChangeNotices implements Consumer<List<Delivery>> {
  public static final String TOPIC = "reporting.changes";
  private static final Logger log = LoggerFactory.getLogger(ChangeNotices.class);

  private final KafkaTemplate<String, String> kafka;
  private final ProvinceSummaries province;
  private final LiveUpdates live;
  private final ObjectMapper json = new ObjectMapper();

  public ChangeNotices(
      KafkaTemplate<String, String> kafka, ProvinceSummaries province, LiveUpdates live) {
    this.kafka = kafka;
    this.province = province;
    this.live = live;
  }

  /**
   * Sends the notice of a batch this instance wrote, before the batch's offsets are committed: a
   * notice that could not be sent fails the batch, which is applied again (changing nothing) and
   * its notice sent then.
   */
  @Override
  public void accept(List<Delivery> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      kafka.send(TOPIC, json.writeValueAsString(BatchChange.of(batch))).get(30, TimeUnit.SECONDS);
    } catch (JsonProcessingException | ExecutionException | TimeoutException e) {
      throw new KafkaException("The notice of an applied batch was not sent", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaException("Interrupted sending the notice of an applied batch", e);
    }
  }

  @KafkaListener(
      id = "reporting-changes",
      idIsGroup = false,
      groupId = "reporting-changes-#{T(java.util.UUID).randomUUID()}",
      topicPartitions =
          @TopicPartition(
              topic = TOPIC,
              partitionOffsets =
                  @PartitionOffset(partition = "0", initialOffset = "0", seekPosition = "END")),
      batch = "true")
  public void onNotices(List<ConsumerRecord<String, String>> notices) {
    for (ConsumerRecord<String, String> notice : notices) {
      BatchChange change;
      try {
        change = json.readValue(notice.value(), BatchChange.class);
      } catch (JsonProcessingException e) {
        log.warn("Skipping notice {} of {}: not a batch change", notice.offset(), TOPIC);
        continue;
      }
      // the kept province summary goes stale before the dashboards hear of the change
      province.changed(change.figures());
      live.changed(change.recordedFor());
    }
  }
}
