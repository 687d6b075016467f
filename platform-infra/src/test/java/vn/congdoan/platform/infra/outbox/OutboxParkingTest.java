package vn.congdoan.platform.infra.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.platform.infra.testing.EventMother.eventId;
import static vn.congdoan.platform.infra.testing.EventMother.events;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.infra.chain.ChainFixture;
import vn.congdoan.platform.infra.chain.ChainHeads;
import vn.congdoan.platform.infra.chain.ChainHook;
import vn.congdoan.platform.infra.chain.ChainVerification;
import vn.congdoan.platform.infra.chain.ChainVerification.Problem;
import vn.congdoan.platform.infra.chain.ChainVerifier;
import vn.congdoan.platform.infra.chain.EventChain;
import vn.congdoan.platform.infra.testing.EventMother;
import vn.congdoan.platform.infra.testing.InMemoryMongo;
import vn.congdoan.platform.infra.testing.TestLeases;

/** What the relay does with an event the broker refuses for good, and what the chains say of it. */
class OutboxParkingTest {
  private static final String TOPIC = "membership.events";

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final MongoCollection<Document> outbox = mongo.database().getCollection("outbox");
  private final MongoCollection<Document> events = mongo.database().getCollection("domainevents");
  private final MongoCollection<Document> parkedCollection =
      mongo.database().getCollection("outbox_parked");
  private final ChainHeads heads = new ChainHeads(mongo.database().getCollection("chain_heads"));
  private final ChainHook hook = new ChainHook(heads);
  private final ParkedEntries parked = new ParkedEntries(parkedCollection, hook);
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final RefusingProducer producer = new RefusingProducer();
  private final OutboxRelay relay =
      new OutboxRelay(
          outbox,
          events,
          producer,
          new RelaySettings(
              TOPIC,
              6,
              (short) 1,
              500,
              Duration.ofMillis(200),
              Duration.ofSeconds(1),
              Duration.ofMinutes(5),
              Duration.ZERO),
          new Wakeup(),
          hook,
          parked,
          EventJson.mapper(),
          metrics,
          TestLeases.of(mongo));

  @AfterEach
  void stopMongo() {
    mongo.close();
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

  private void append(List<? extends DomainEventMessage<?>> batch) {
    new OutboxStorageStrategy(outbox, () -> {}, hook)
        .appendEvents(events, batch, EventMother.serializer());
  }

  private List<String> sent() {
    return producer.history().stream()
        .map(r -> r.key() + ":" + r.value().replaceAll(".*\"sequence\":(\\d+).*", "$1"))
        .toList();
  }

  private List<Object> parkedIds() {
    return parkedCollection.find().map(d -> d.get("_id")).into(new ArrayList<>());
  }

  private List<Object> pending() {
    return outbox.find().map(d -> d.get("_id")).into(new ArrayList<>());
  }

  @Test
  void anEventTheBrokerRefusesForGoodIsParkedAndTheOthersAreAcknowledged() throws Exception {
    append(events("m-1", 0, 2));
    append(events("m-2", 0, 2));
    producer.refuseAt = 1;

    int published = relay.publishBatch();

    assertThat(published).isEqualTo(3);
    assertThat(pending()).isEmpty();
    assertThat(parkedIds()).containsExactly(eventId("m-1", 1));
    assertThat(heads.undigested(10))
        .extracting(h -> h.aggregateId() + ":" + h.sequence())
        .containsExactly("m-1:0", "m-2:1");
    assertThat(metrics.get("platform.outbox.refused").counter().count()).isEqualTo(1);
    assertThat(metrics.get("platform.outbox.parked").gauge().value()).isEqualTo(1);
  }

  @Test
  void aParkedAggregatesNewEventsWaitBehindItAndGoOutInOrderOnceReleased() throws Exception {
    append(events("m-1", 0, 2));
    producer.refuseAt = 1;
    relay.publishBatch();
    append(events("m-1", 2, 1));
    append(events("m-2", 0, 1));
    producer.clear();

    relay.publishBatch();

    assertThat(sent()).containsExactly("m-2:0");
    assertThat(parkedIds()).containsExactlyInAnyOrder(eventId("m-1", 1), eventId("m-1", 2));
    assertThat(parkedCollection.find(Filters.eq("_id", eventId("m-1", 2))).first())
        .containsEntry("heldBehind", "m-1:1");

    producer.clear();
    assertThat(relay.release("m-1")).isEqualTo(2);
    relay.publishBatch();

    assertThat(sent()).containsExactly("m-1:1", "m-1:2");
    assertThat(parkedIds()).isEmpty();
    assertThat(pending()).isEmpty();
  }

  private ChainVerification verify(ParkedEntries checked) {
    return new ChainVerifier("membership", events, EventJson.mapper(), ChainFixture.CLOCK, checked)
        .verify();
  }

  @Test
  void aParkedEventLeavesTheChainsIntact() throws Exception {
    append(events("m-1", 0, 2));
    producer.refuseAt = 1;
    relay.publishBatch();
    append(events("m-1", 2, 1));
    relay.publishBatch();

    assertThat(parkedIds()).hasSize(2);
    assertThat(verify(parked).intact()).isTrue();
  }

  @Test
  void aParkedEventRemovedFromTheStoreIsReportedThoughNoDigestNamesIt() throws Exception {
    append(events("m-1", 0, 2));
    producer.refuseAt = 1;
    relay.publishBatch();
    events.deleteOne(Filters.eq("_id", "m-1:1"));

    assertThat(verify(null).intact()).as("the store alone cannot tell").isTrue();
    var verification = verify(parked);
    assertThat(verification.intact()).isFalse();
    assertThat(verification.firstBrokenLink().problem()).isEqualTo(Problem.EVENT_MISSING);
    assertThat(verification.firstBrokenLink().sequence()).isEqualTo(1);
  }

  @Test
  void aParkedEventRewrittenWithAFreshHashIsReported() throws Exception {
    append(events("m-1", 0, 2));
    producer.refuseAt = 1;
    relay.publishBatch();
    Document stored = events.find(Filters.eq("_id", "m-1:1")).first();
    stored.put("serializedPayload", "{\"memberId\":\"m-1\",\"note\":\"đã sửa\"}");
    events.updateOne(
        Filters.eq("_id", "m-1:1"),
        Updates.combine(
            Updates.set("serializedPayload", stored.get("serializedPayload")),
            Updates.set(
                EventChain.HASH, EventChain.hash(stored, stored.getString(EventChain.PREVIOUS)))));

    var verification = verify(parked);

    assertThat(verification.intact()).isFalse();
    assertThat(verification.firstBrokenLink().problem()).isEqualTo(Problem.DIGEST_MISMATCH);
  }
}
