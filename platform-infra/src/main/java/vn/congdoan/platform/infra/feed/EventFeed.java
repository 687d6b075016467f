package vn.congdoan.platform.infra.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.Acknowledgment;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.infra.wire.PayloadUpcasts;

/**
 * How every service takes a Kafka batch of the envelopes {@code outbox/OutboxRelay} publishes: each
 * record read as an envelope, one that is none logged by where it is and skipped (it can never be
 * read, however often it comes, so it must not hold back what follows), the batch handed on, and
 * its offsets acknowledged only once that returned: a failure throws before, and the container
 * delivers the same batch again, which every handler absorbs.
 */
public final class EventFeed {
  private static final Logger log = LoggerFactory.getLogger(EventFeed.class);

  /** A record's envelope, with the record it came in. */
  public record Received(ConsumerRecord<String, String> record, EventEnvelope envelope) {
    public String topic() {
      return record.topic();
    }
  }

  private final Function<String, Optional<EventEnvelope>> decoder;
  private final Consumer<ConsumerRecord<String, String>> skipped;

  /** Envelopes as {@link EventJson} reads them, skipped records only logged. */
  public EventFeed() {
    this(EventJson::envelope, record -> {});
  }

  /**
   * @param decoder a record's value as an envelope; empty when it is none
   * @param skipped told of each record skipped as no envelope (a metric, say)
   */
  public EventFeed(
      Function<String, Optional<EventEnvelope>> decoder,
      Consumer<ConsumerRecord<String, String>> skipped) {
    this.decoder = decoder;
    this.skipped = skipped;
  }

  /**
   * A feed for a service that acts on what events say: each envelope brought to the newest revision
   * there are {@code upcasts} to, so a consumer never reads an old payload as a new one. Reporting
   * takes envelopes as published instead: its audit trail keeps them so.
   */
  public static EventFeed upcasting(
      PayloadUpcasts upcasts,
      Function<String, Optional<EventEnvelope>> decoder,
      Consumer<ConsumerRecord<String, String>> skipped) {
    return new EventFeed(value -> decoder.apply(value).map(upcasts::upcast), skipped);
  }

  /**
   * {@link #upcasting} with every step of the platform, envelopes as {@link EventJson} reads them.
   */
  public static EventFeed upcasting() {
    return upcasting(PayloadUpcasts.platform(), EventJson::envelope, record -> {});
  }

  /** The batch's envelopes, in order; a record that holds none is skipped. */
  public List<Received> read(List<ConsumerRecord<String, String>> records) {
    List<Received> received = new ArrayList<>(records.size());
    for (ConsumerRecord<String, String> record : records) {
      Optional<EventEnvelope> envelope = decoder.apply(record.value());
      if (envelope.isPresent()) {
        received.add(new Received(record, envelope.get()));
      } else {
        skip(record, "not an event envelope");
        skipped.accept(record);
      }
    }
    return received;
  }

  /** Hands the batch's envelopes to {@code handler}, then acknowledges the batch's offsets. */
  public void take(
      List<ConsumerRecord<String, String>> records,
      Acknowledgment ack,
      Consumer<List<Received>> handler) {
    handler.accept(read(records));
    ack.acknowledge();
  }

  /** Logs a skipped record by where it is, never by what it says: it may hold personal data. */
  public static void skip(ConsumerRecord<?, ?> record, String why) {
    log.error(
        "Skipping record {}-{}@{} (key {}): {}",
        record.topic(),
        record.partition(),
        record.offset(),
        record.key(),
        why);
  }
}
