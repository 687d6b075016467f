package vn.congdoan.reporting.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.reporting.ingest.EnvelopeDecoder;

/**
 * The events recorded after a replay's horizon, the end offsets it read to. The live read model
 * goes on applying events while a replay runs, so a document such an event touched may differ from
 * the rebuilt one without anything being wrong: the trail has the event, the replay never read it;
 * a branch's figures moved on. Read from the horizon to the topics' ends once the comparison is
 * done, so every event the live model can have applied by then is among them.
 */
final class LaterEvents {
  /** None: two read models compared outside a replay. */
  static final LaterEvents NONE = new LaterEvents();

  private static final Duration POLL = Duration.ofMillis(200);

  private final Set<String> eventIds = new HashSet<>();
  // what a later event touches: its stream (a branch, a campaign) and the branch it was recorded
  // for
  private final Set<String> keys = new HashSet<>();

  LaterEvents() {}

  /**
   * Everything from {@code horizon} to the ends the topics have now, read by the replay's own
   * consumer (assigned those partitions); {@code between} runs after each poll and may throw to
   * stop.
   */
  static LaterEvents read(
      KafkaConsumer<String, String> consumer,
      Map<TopicPartition, Long> horizon,
      EnvelopeDecoder decoder,
      Runnable between) {
    var later = new LaterEvents();
    List<TopicPartition> partitions = new ArrayList<>(horizon.keySet());
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    List<TopicPartition> open = new ArrayList<>();
    for (TopicPartition p : partitions) {
      if (end.get(p) > horizon.get(p)) {
        consumer.seek(p, horizon.get(p));
        open.add(p);
      }
    }
    consumer.pause(partitions);
    consumer.resume(open);
    while (!open.isEmpty()) {
      for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
        var p = new TopicPartition(record.topic(), record.partition());
        if (record.offset() < end.get(p)) {
          decoder.envelope(record.value()).ifPresent(later::add);
        }
      }
      ReadToEnd.pauseThoseAtTheEnd(consumer, open, end);
      between.run();
    }
    return later;
  }

  /** Notes one event recorded after the horizon. */
  void add(EventEnvelope event) {
    eventIds.add(event.eventId());
    keys.add(event.aggregateId());
    if (event.metadata() != null && event.metadata().get(MetadataKeys.BRANCH) != null) {
      keys.add(event.metadata().get(MetadataKeys.BRANCH));
    }
  }

  /** Whether the event was recorded after the horizon. */
  boolean recorded(String eventId) {
    return eventIds.contains(eventId);
  }

  /** Whether a later event touched any of a document's keys (its id, branch, stream). */
  boolean touches(Collection<String> documentKeys) {
    return documentKeys.stream().anyMatch(keys::contains);
  }

  int size() {
    return eventIds.size();
  }
}
