package vn.congdoan.platform.infra.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.platform.infra.outbox.RelayStore.TOPIC;
import static vn.congdoan.platform.infra.testing.EventMother.event;
import static vn.congdoan.platform.infra.testing.EventMother.eventId;
import static vn.congdoan.platform.infra.testing.EventMother.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.infra.chain.EventChain;
import vn.congdoan.platform.infra.testing.EventMother;
import vn.congdoan.platform.infra.testing.InMemoryMongo;
import vn.congdoan.platform.infra.testing.SomethingHappenedEvent;

class OutboxRelayTest {
  /** Write commands as sent: "command collection j" (j: true, false or "-" when not given). */
  private final List<String> writes = new java.util.concurrent.CopyOnWriteArrayList<>();

  private final RelayStore store =
      new RelayStore(
          new InMemoryMongo(
              new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent e) {
                  if (List.of("insert", "update", "delete").contains(e.getCommandName())) {
                    var concern = e.getCommand().getDocument("writeConcern", new BsonDocument());
                    writes.add(
                        e.getCommandName()
                            + " "
                            + e.getCommand().getString(e.getCommandName()).getValue()
                            + " "
                            + (concern.containsKey("j")
                                ? concern.getBoolean("j").getValue()
                                : "-"));
                  }
                }
              }));
  private final ObjectMapper json = EventJson.mapper();
  private final FlakyProducer producer = new FlakyProducer();

  @AfterEach
  void stopMongo() {
    store.close();
  }

  private OutboxRelay relay(Duration orphanAfter) {
    return relay(orphanAfter, 500);
  }

  private OutboxRelay relay(Duration orphanAfter, int batchSize) {
    return store.relay(producer, 6, batchSize, orphanAfter);
  }

  private OutboxRelay relay() {
    return relay(Duration.ofMinutes(5));
  }

  private List<String> sentFor(String aggregateId) {
    return producer.sent().stream().filter(s -> s.startsWith(aggregateId + ":")).toList();
  }

  private double publishedCount() {
    return store.metrics.get("platform.outbox.published").tag("topic", TOPIC).counter().count();
  }

  @Test
  void aQueuedEventIsPublishedAsAnEnvelopeKeyedByItsAggregate() throws Exception {
    var metadata = Map.of(MetadataKeys.USER, "can-bo-1", MetadataKeys.CORRELATION_ID, "req-7");
    store.append(List.of(event("m-1", 0, metadata)));

    relay().publishBatch();

    var record = producer.history().get(0);
    assertThat(record.topic()).isEqualTo(TOPIC);
    assertThat(record.key()).isEqualTo("m-1");
    var envelope = FlakyProducer.envelope(record);
    assertThat(envelope.eventId()).isEqualTo(eventId("m-1", 0));
    assertThat(envelope.type()).isEqualTo("test.SomethingHappened");
    assertThat(envelope.revision()).isEqualTo("1");
    assertThat(envelope.aggregateType()).isEqualTo(EventMother.AGGREGATE_TYPE);
    assertThat(envelope.aggregateId()).isEqualTo("m-1");
    assertThat(envelope.sequence()).isZero();
    assertThat(envelope.timestamp()).isEqualTo(EventMother.RECORDED_AT);
    assertThat(envelope.metadata()).isEqualTo(metadata);
    assertThat(json.treeToValue(envelope.payload(), SomethingHappenedEvent.class))
        .isEqualTo(EventMother.payload("m-1", 0));
  }

  @Test
  void aRoundsRemovalsAndHeadMovesDoNotWaitForTheJournal() throws Exception {
    store.append(events("m-1", 0, 2));
    writes.clear();

    relay().publishBatch();

    // lost in a crash, the entries are still queued: published again, the heads moved again
    assertThat(writes).containsExactly("update chain_heads false", "delete outbox false");
    assertThat(store.pending()).isEmpty();
  }

  @Test
  void eachAggregatesEventsArePublishedInSequenceOrder() throws Exception {
    store.append(events("m-1", 0, 2));
    store.append(events("m-2", 0, 1));
    store.append(events("m-1", 2, 2));
    store.append(events("m-2", 1, 2));

    relay().publishBatch();

    assertThat(producer.history())
        .allSatisfy(r -> assertThat(r.key()).isEqualTo(FlakyProducer.envelope(r).aggregateId()));
    assertThat(sentFor("m-1")).containsExactly("m-1:0", "m-1:1", "m-1:2", "m-1:3");
    assertThat(sentFor("m-2")).containsExactly("m-2:0", "m-2:1", "m-2:2");
  }

  @Test
  void publishedEventsLeaveTheOutboxAndAreCounted() throws Exception {
    store.append(events("m-1", 0, 3));
    store.append(events("m-2", 0, 2));

    int published = relay().publishBatch();

    assertThat(published).isEqualTo(5);
    assertThat(store.pending()).isEmpty();
    assertThat(publishedCount()).isEqualTo(5);
  }

  /** m-1's three events and m-2's one queued, and a relay whose second send goes unacknowledged. */
  private OutboxRelay relayMissingTheSecondAck() {
    store.append(events("m-1", 0, 3));
    store.append(events("m-2", 0, 1));
    var relay = relay();
    producer.failSendAt = 1;
    return relay;
  }

  @Test
  void anUnacknowledgedEventAndEverythingAfterItStayQueuedForTheNextRound() throws Exception {
    var relay = relayMissingTheSecondAck();

    int firstRound = relay.publishBatch();

    assertThat(firstRound).isEqualTo(1);
    assertThat(store.pending())
        .containsExactlyInAnyOrder(eventId("m-1", 1), eventId("m-1", 2), eventId("m-2", 0));
    assertThat(publishedCount()).isEqualTo(1);

    producer.clear();
    int secondRound = relay.publishBatch();

    assertThat(store.parkedIds()).isEmpty();
    assertThat(secondRound).isEqualTo(3);
    assertThat(producer.sent()).containsExactly("m-1:1", "m-1:2", "m-2:0");
    assertThat(store.pending()).isEmpty();
    assertThat(publishedCount()).isEqualTo(4);
  }

  @Test
  void onlyAcknowledgedEventsMoveTheirStreamsHeadsForTheNextDigest() throws Exception {
    var relay = relayMissingTheSecondAck();

    relay.publishBatch();

    assertThat(store.heads.undigested(10))
        .extracting(h -> h.aggregateId() + ":" + h.sequence())
        .containsExactly("m-1:0");

    relay.publishBatch();

    assertThat(store.heads.undigested(10))
        .extracting(h -> h.aggregateId() + ":" + h.sequence(), h -> h.hash())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("m-1:2", storedHash("m-1:2")),
            org.assertj.core.groups.Tuple.tuple("m-2:0", storedHash("m-2:0")));
  }

  private String storedHash(String position) {
    return store
        .events
        .find(com.mongodb.client.model.Filters.eq("_id", position))
        .first()
        .getString(EventChain.HASH);
  }

  /** What a writer with a slow clock leaves: the later event queued before the earlier one. */
  private void queueSecondBeforeFirst(String aggregateId) {
    store.outbox.updateOne(
        com.mongodb.client.model.Filters.eq("_id", eventId(aggregateId, 1)),
        com.mongodb.client.model.Updates.set(
            "queuedAt", java.util.Date.from(Instant.now().minusSeconds(60))));
  }

  @Test
  void anAggregatesEventsGoOutInSequenceOrderEvenWhenQueuedOutOfOrder() throws Exception {
    store.append(events("m-1", 0, 2));
    queueSecondBeforeFirst("m-1");

    relay().publishBatch();

    assertThat(producer.sent()).containsExactly("m-1:0", "m-1:1");
  }

  @Test
  void anEarlierEventQueuedLaterIsTakenAlongWhenTheBatchIsFull() throws Exception {
    store.append(events("m-1", 0, 2));
    queueSecondBeforeFirst("m-1");

    relay(Duration.ofMinutes(5), 1).publishBatch();

    assertThat(producer.sent()).containsExactly("m-1:0", "m-1:1");
    assertThat(store.pending()).isEmpty();
  }
}
