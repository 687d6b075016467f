package vn.congdoan.platform.infra.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.Acknowledgment;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.PayloadUpcast;
import vn.congdoan.platform.api.WireName;
import vn.congdoan.platform.infra.wire.PayloadUpcasts;

class EventFeedTest {
  private final List<ConsumerRecord<String, String>> skipped = new ArrayList<>();
  private final EventFeed feed = new EventFeed(EventJson::envelope, skipped::add);
  private final AtomicInteger acknowledged = new AtomicInteger();
  private final Acknowledgment ack = acknowledged::incrementAndGet;

  private static ConsumerRecord<String, String> record(long offset, String value) {
    return new ConsumerRecord<>("membership", 0, offset, "b-1", value);
  }

  private static String envelope(String eventId, long sequence) {
    return """
        {"eventId":"%s","type":"membership.MemberAdmitted","revision":"1",
         "aggregateType":"Branch","aggregateId":"b-1","sequence":%d,
         "timestamp":"2026-12-05T01:00:00Z","metadata":{},"payload":{"memberId":"m-%d"}}"""
        .formatted(eventId, sequence, sequence);
  }

  @Test
  void aBatchIsReadInOrderAndARecordThatIsNoEnvelopeIsSkippedAndReported() {
    var batch =
        List.of(
            record(7, envelope("e-1", 1)),
            record(8, "{not json"),
            record(9, "\"Nguyễn Thị Ánh\""),
            record(10, envelope("e-2", 2)));

    var received = feed.read(batch);

    assertThat(received).extracting(r -> r.envelope().eventId()).containsExactly("e-1", "e-2");
    assertThat(received).extracting(r -> r.record().offset()).containsExactly(7L, 10L);
    assertThat(received).extracting(EventFeed.Received::topic).containsOnly("membership");
    assertThat(skipped).extracting(ConsumerRecord::offset).containsExactly(8L, 9L);
  }

  @Test
  void anUpcastingFeedHandsOnEveryEnvelopeAtTheNewestRevisionAndTheOthersAsTheyCame() {
    var renamed =
        new PayloadUpcast(Admitted.class, "1", "2") {
          @Override
          public void upcast(ObjectNode payload) {
            payload.set("member", payload.remove("memberId"));
          }
        };
    var upcasting =
        EventFeed.upcasting(PayloadUpcasts.of(List.of(renamed)), EventJson::envelope, r -> {});
    String current = envelope("e-2", 2).replace("\"revision\":\"1\"", "\"revision\":\"2\"");

    var received = upcasting.read(List.of(record(1, envelope("e-1", 1)), record(2, current)));

    assertThat(received)
        .extracting(r -> r.envelope().revision(), r -> r.envelope().payload().toString())
        .containsExactly(tuple("2", "{\"member\":\"m-1\"}"), tuple("2", "{\"memberId\":\"m-2\"}"));
    // the plain feed hands the published revision on, as reporting's trail records it
    assertThat(feed.read(List.of(record(1, envelope("e-1", 1)))).get(0).envelope().revision())
        .isEqualTo("1");
  }

  @WireName("membership.MemberAdmitted")
  private record Admitted() {}

  @Test
  void theOffsetsAreAcknowledgedOnlyOnceTheHandlerReturned() {
    List<String> handled = new ArrayList<>();
    feed.take(
        List.of(record(1, envelope("e-1", 1))),
        ack,
        batch -> {
          assertThat(acknowledged).hasValue(0);
          batch.forEach(r -> handled.add(r.envelope().eventId()));
        });

    assertThat(handled).containsExactly("e-1");
    assertThat(acknowledged).hasValue(1);
  }

  @Test
  void aHandlerThatFailsLeavesTheBatchUnacknowledgedToComeAgain() {
    assertThatThrownBy(
            () ->
                feed.take(
                    List.of(record(1, envelope("e-1", 1))),
                    ack,
                    batch -> {
                      throw new IllegalStateException("MongoDB is away");
                    }))
        .hasMessage("MongoDB is away");

    assertThat(acknowledged).hasValue(0);
  }
}
