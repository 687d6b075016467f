package vn.congdoan.platform.infra.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;

/** Acknowledges every send when flushed, except the one at {@link #failSendAt} (once). */
final class FlakyProducer extends MockProducer<String, String> {
  int failSendAt = -1;
  private final RuntimeException failure = new TimeoutException("not acknowledged in time");

  FlakyProducer() {
    super(false, new StringSerializer(), new StringSerializer());
  }

  @Override
  public synchronized void flush() {
    for (int i = 0; ; i++) {
      boolean more = i == failSendAt ? errorNext(failure) : completeNext();
      if (!more) {
        failSendAt = -1;
        return;
      }
    }
  }

  /** What was sent, as "aggregate:sequence", in sending order. */
  List<String> sent() {
    return history().stream()
        .map(FlakyProducer::envelope)
        .map(e -> e.aggregateId() + ":" + e.sequence())
        .toList();
  }

  static EventEnvelope envelope(ProducerRecord<String, String> record) {
    try {
      return EventJson.mapper().readValue(record.value(), EventEnvelope.class);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
