package vn.congdoan.platform.infra.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.platform.infra.testing.EventMother.eventId;
import static vn.congdoan.platform.infra.testing.EventMother.events;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Entries whose event the relay cannot publish: gone from the store, taken by a rival, unreadable.
 */
class OutboxRelayGapsTest {
  private final RelayStore store = new RelayStore();
  private final FlakyProducer producer = new FlakyProducer();

  @AfterEach
  void stopMongo() {
    store.close();
  }

  private OutboxRelay relay(Duration orphanAfter) {
    return store.relay(producer, 6, 500, orphanAfter);
  }

  private OutboxRelay relay() {
    return relay(Duration.ofMinutes(5));
  }

  /** An outbox entry (queued at {@code queuedAt}) whose event the store no longer holds. */
  private void loseStoredEvent(String aggregateId, long sequence, Instant queuedAt) {
    store.events.deleteOne(Filters.eq("_id", aggregateId + ":" + sequence));
    store.outbox.updateOne(
        Filters.eq("_id", eventId(aggregateId, sequence)),
        Updates.set("queuedAt", Date.from(queuedAt)));
  }

  @Test
  void anEntryWhoseEventIsMissingHoldsBackItsAggregateButNoOther() throws Exception {
    store.append(events("m-1", 0, 3));
    loseStoredEvent("m-1", 0, Instant.now().minusSeconds(1));
    store.append(events("m-2", 0, 1));

    int published = relay().publishBatch();

    assertThat(published).isEqualTo(1);
    assertThat(producer.sent()).containsExactly("m-2:0");
    assertThat(store.pending())
        .containsExactlyInAnyOrder(eventId("m-1", 0), eventId("m-1", 1), eventId("m-1", 2));
  }

  @Test
  void theEntryOfAWriteThatLostItsPositionToAnotherInstanceIsDroppedNotPublishedTwice()
      throws Exception {
    store.append(events("m-1", 0, 2));
    // another instance's write of position 1, queued before its append was refused on the id
    store.outbox.insertOne(
        new Document("_id", "lost-race")
            .append("event", "m-1:1")
            .append("aggregateIdentifier", "m-1")
            .append("sequenceNumber", 1L)
            .append("queuedAt", Date.from(Instant.now().minusSeconds(1))));

    relay().publishBatch();

    assertThat(producer.sent()).containsExactly("m-1:0", "m-1:1");
    assertThat(store.pending()).isEmpty();
  }

  @Test
  void anEntryWaitingLongerThanOrphanAfterIsDroppedAndItsAggregateMovesOn() throws Exception {
    store.append(events("m-1", 0, 3));
    loseStoredEvent("m-1", 0, Instant.now().minus(Duration.ofHours(1)));
    var relay = relay(Duration.ofMillis(1));

    relay.publishBatch();
    assertThat(store.pending()).containsExactlyInAnyOrder(eventId("m-1", 1), eventId("m-1", 2));

    relay.publishBatch();
    assertThat(producer.sent()).containsExactly("m-1:1", "m-1:2");
    assertThat(store.pending()).isEmpty();
  }

  @Test
  void anUnreadableEventIsParkedWithItsAggregateAndHoldsBackNoOther() throws Exception {
    store.append(events("m-1", 0, 2));
    store.append(events("m-2", 0, 1));
    store.events.updateOne(
        Filters.eq("_id", "m-1:0"), Updates.set("serializedPayload", "{ không phải JSON"));

    int published = relay().publishBatch();

    assertThat(published).isEqualTo(1);
    assertThat(producer.sent()).containsExactly("m-2:0");
    assertThat(store.pending()).isEmpty();
    assertThat(store.parkedIds()).containsExactlyInAnyOrder(eventId("m-1", 0), eventId("m-1", 1));
    assertThat(store.metrics.get("platform.outbox.unreadable").counter().count()).isEqualTo(1);
  }
}
