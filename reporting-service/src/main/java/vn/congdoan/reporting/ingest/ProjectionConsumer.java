package vn.congdoan.reporting.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.platform.infra.feed.EventFeed;

/**
 * Reads the three services' topics in batches ({@link EventFeed}). The container commits a poll's
 * offsets only after this method returns (ack-mode batch), and a failure (MongoDB unreachable)
 * delivers the same batch again, which {@link ProjectionApplier} absorbs.
 */
public class ProjectionConsumer {
  public static final String LISTENER_ID = "reporting-projections";

  private final EventFeed feed;
  private final ProjectionApplier applier;
  private final ProjectionMetrics metrics;
  private final java.util.function.Consumer<List<Delivery>> applied;

  /** {@code applied} hears of each batch once it is written (the live dashboards). */
  public ProjectionConsumer(
      EnvelopeDecoder decoder,
      ProjectionApplier applier,
      ProjectionMetrics metrics,
      java.util.function.Consumer<List<Delivery>> applied) {
    this.feed = new EventFeed(decoder::envelope, r -> metrics.skipped(r.topic(), "poison"));
    this.applier = applier;
    this.metrics = metrics;
    this.applied = applied;
  }

  @KafkaListener(
      id = LISTENER_ID,
      idIsGroup = false,
      topics = {Topics.MEMBERSHIP, Topics.WELFARE, Topics.FINANCE},
      batch = "true")
  public void onBatch(List<ConsumerRecord<String, String>> records, Consumer<?, ?> consumer) {
    List<Delivery> batch =
        feed.read(records).stream().map(r -> new Delivery(r.topic(), r.envelope())).toList();
    applier.apply(batch);
    applied.accept(batch);
    updateBehind(consumer);
  }

  /** The lag the consumer knows from its last fetch, without asking the broker again. */
  private void updateBehind(Consumer<?, ?> consumer) {
    Map<String, Boolean> behind = new HashMap<>();
    for (TopicPartition partition : consumer.assignment()) {
      var lag = consumer.currentLag(partition);
      behind.merge(partition.topic(), lag.isPresent() && lag.getAsLong() > 0, Boolean::logicalOr);
    }
    behind.forEach(metrics::behind);
  }
}
