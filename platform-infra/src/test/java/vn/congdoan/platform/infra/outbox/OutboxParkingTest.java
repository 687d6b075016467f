package vn.congdoan.platform.infra.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.platform.infra.testing.EventMother.eventId;
import static vn.congdoan.platform.infra.testing.EventMother.events;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.infra.chain.ChainFixture;
import vn.congdoan.platform.infra.chain.ChainVerification;
import vn.congdoan.platform.infra.chain.ChainVerification.Problem;
import vn.congdoan.platform.infra.chain.ChainVerifier;
import vn.congdoan.platform.infra.chain.EventChain;

/** What the relay does with an event the broker refuses for good, and what the chains say of it. */
class OutboxParkingTest {
  private final RelayStore store = new RelayStore();
  private final RefusingProducer producer = new RefusingProducer();
  private final OutboxRelay relay = store.relay(producer, 6, 500, Duration.ofMinutes(5));

  @AfterEach
  void stopMongo() {
    store.close();
  }

  /** Acknowledges every send when flushed, except that the broker refuses the one at refuseAt. */
  private static final class RefusingProducer extends MockProducer<String, String> {
    private int refuseAt = -1;

    RefusingProducer() {
      super(false, new StringSerializer(), new StringSerializer());
    }

    @Override
    public synchronized void flush() {
      for (int i = 0; ; i++) {
        boolean more =
            i == refuseAt
                ? errorNext(new RecordTooLargeException("The request included a large message"))
                : completeNext();
        if (!more) {
          refuseAt = -1;
          return;
        }
      }
    }
  }

  private List<String> sent() {
    return producer.history().stream()
        .map(r -> r.key() + ":" + r.value().replaceAll(".*\"sequence\":(\\d+).*", "$1"))
        .toList();
  }

  /** m-1's first event published, its second refused for good and parked. */
  private void parkM1sSecondEvent() throws Exception {
    store.append(events("m-1", 0, 2));
    producer.refuseAt = 1;
    relay.publishBatch();
  }

  @Test
  void anEventTheBrokerRefusesForGoodIsParkedAndTheOthersAreAcknowledged() throws Exception {
    store.append(events("m-1", 0, 2));
    store.append(events("m-2", 0, 2));
    producer.refuseAt = 1;

    int published = relay.publishBatch();

    assertThat(published).isEqualTo(3);
    assertThat(store.pending()).isEmpty();
    assertThat(store.parkedIds()).containsExactly(eventId("m-1", 1));
    assertThat(store.heads.undigested(10))
        .extracting(h -> h.aggregateId() + ":" + h.sequence())
        .containsExactly("m-1:0", "m-2:1");
    assertThat(store.metrics.get("platform.outbox.refused").counter().count()).isEqualTo(1);
    assertThat(store.metrics.get("platform.outbox.parked").gauge().value()).isEqualTo(1);
  }

  @Test
  void aParkedAggregatesNewEventsWaitBehindItAndGoOutInOrderOnceReleased() throws Exception {
    parkM1sSecondEvent();
    store.append(events("m-1", 2, 1));
    store.append(events("m-2", 0, 1));
    producer.clear();

    relay.publishBatch();

    assertThat(sent()).containsExactly("m-2:0");
    assertThat(store.parkedIds()).containsExactlyInAnyOrder(eventId("m-1", 1), eventId("m-1", 2));
    assertThat(store.parkedCollection.find(Filters.eq("_id", eventId("m-1", 2))).first())
        .containsEntry("heldBehind", "m-1:1");

    producer.clear();
    assertThat(relay.release("m-1")).isEqualTo(2);
    relay.publishBatch();

    assertThat(sent()).containsExactly("m-1:1", "m-1:2");
    assertThat(store.parkedIds()).isEmpty();
    assertThat(store.pending()).isEmpty();
  }

  private ChainVerification verify(ParkedEntries checked) {
    return new ChainVerifier(
            "membership", store.events, EventJson.mapper(), ChainFixture.CLOCK, checked)
        .verify();
  }

  @Test
  void aParkedEventLeavesTheChainsIntact() throws Exception {
    parkM1sSecondEvent();
    store.append(events("m-1", 2, 1));
    relay.publishBatch();

    assertThat(store.parkedIds()).hasSize(2);
    assertThat(verify(store.parked).intact()).isTrue();
  }

  @Test
  void aParkedEventRemovedFromTheStoreIsReportedThoughNoDigestNamesIt() throws Exception {
    parkM1sSecondEvent();
    store.events.deleteOne(Filters.eq("_id", "m-1:1"));

    assertThat(verify(null).intact()).as("the store alone cannot tell").isTrue();
    var verification = verify(store.parked);
    assertThat(verification.intact()).isFalse();
    assertThat(verification.firstBrokenLink().problem()).isEqualTo(Problem.EVENT_MISSING);
    assertThat(verification.firstBrokenLink().sequence()).isEqualTo(1);
  }

  @Test
  void aParkedEventRewrittenWithAFreshHashIsReported() throws Exception {
    parkM1sSecondEvent();
    Document stored = store.events.find(Filters.eq("_id", "m-1:1")).first();
    stored.put("serializedPayload", "{\"memberId\":\"m-1\",\"note\":\"đã sửa\"}");
    store.events.updateOne(
        Filters.eq("_id", "m-1:1"),
        Updates.combine(
            Updates.set("serializedPayload", stored.get("serializedPayload")),
            Updates.set(
                EventChain.HASH, EventChain.hash(stored, stored.getString(EventChain.PREVIOUS)))));

    var verification = verify(store.parked);

    assertThat(verification.intact()).isFalse();
    assertThat(verification.firstBrokenLink().problem()).isEqualTo(Problem.DIGEST_MISMATCH);
  }
}
