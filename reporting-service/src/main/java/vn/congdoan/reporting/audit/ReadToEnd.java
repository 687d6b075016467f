package vn.congdoan.reporting.audit;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Reading partitions up to given end offsets, each paused once it got there. */
final class ReadToEnd {
  private ReadToEnd() {}

  /** Pauses the {@code open} partitions read up to {@code end} and takes them out of it. */
  static void pauseThoseAtTheEnd(
      KafkaConsumer<?, ?> consumer, List<TopicPartition> open, Map<TopicPartition, Long> end) {
    List<TopicPartition> reached =
        open.stream().filter(p -> consumer.position(p) >= end.get(p)).toList();
    consumer.pause(reached);
    open.removeAll(reached);
  }
}
