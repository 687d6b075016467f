package vn.congdoan.reporting.audit;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until the live consumer has applied everything up to a replay's horizon, as its committed
 * offsets say (a group's offsets, whichever instance committed them). Compared any earlier, the
 * live read model would lack events the replay applied, and the comparison would call them extra.
 */
final class LiveCatchUp {
  private static final Logger log = LoggerFactory.getLogger(LiveCatchUp.class);
  private static final Duration CHECK_EVERY = Duration.ofMillis(200);

  private LiveCatchUp() {}

  /**
   * Returns once the live group has committed {@code horizon} or beyond on every partition, or
   * after {@code atMost} (then the comparison shows what it lacks); {@code between} runs between
   * checks and may throw to stop.
   */
  static void await(
      Map<String, Object> liveConfig,
      Map<TopicPartition, Long> horizon,
      Duration atMost,
      Runnable between) {
    if (liveConfig.get(ConsumerConfig.GROUP_ID_CONFIG) == null) {
      return;
    }
    Map<String, Object> config = new HashMap<>(liveConfig);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-replay-catch-up");
    // asks for the group's offsets only: it never subscribes, so it never joins the group
    try (var live =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      Map<TopicPartition, Long> begin = live.beginningOffsets(horizon.keySet());
      long deadline = System.nanoTime() + atMost.toNanos();
      while (!past(live, horizon, begin)) {
        if (System.nanoTime() > deadline) {
          log.warn("The live projections did not reach the replay's horizon within {}", atMost);
          return;
        }
        between.run();
        sleep();
      }
    }
  }

  private static boolean past(
      KafkaConsumer<String, String> live,
      Map<TopicPartition, Long> horizon,
      Map<TopicPartition, Long> begin) {
    var committed = live.committed(horizon.keySet());
    return horizon.entrySet().stream()
        .allMatch(
            e -> {
              var offset = committed.get(e.getKey());
              long at = offset == null ? begin.get(e.getKey()) : offset.offset();
              return at >= e.getValue();
            });
  }

  private static void sleep() {
    try {
      Thread.sleep(CHECK_EVERY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("interrupted");
    }
  }
}
