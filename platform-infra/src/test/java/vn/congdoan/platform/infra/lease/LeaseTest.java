package vn.congdoan.platform.infra.lease;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.infra.testing.HandClock;

/**
 * One holder at a time: the second instance waits while the first renews, takes the lease over once
 * the first stops renewing (it died) with a higher fencing token, and the first, waking late, finds
 * it has lost the lease instead of working on.
 */
class LeaseTest {
  private static final Duration TERM = Duration.ofSeconds(10);
  private final MongoServer server = new MongoServer(new MemoryBackend());
  private final MongoClient client =
      MongoClients.create(
          "mongodb://localhost:" + server.bind().getPort() + "/?serverSelectionTimeoutMS=300");
  private final MongoCollection<Document> leases =
      client.getDatabase("test").getCollection("leases");

  /** One time for both instances, moved by the test: wall clock and monotonic clock together. */
  private final HandClock clock = new HandClock(Instant.ofEpochMilli(1_000_000));

  private Lease instance(String holder) {
    return new Lease(leases, "outbox-relay", holder, TERM, clock, () -> clock.millis() * 1_000_000);
  }

  private void pass(Duration time) {
    clock.pass(time);
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdownNow();
  }

  @Test
  void oneHoldsWhileItRenewsAndTheOtherTakesOverWhenItStops() {
    Lease first = instance("a");
    Lease second = instance("b");
    assertThat(first.hold()).isTrue();
    assertThat(first.token()).isEqualTo(1);
    assertThat(second.hold()).isFalse();

    // the holder renews at half its term: the other never gets in
    for (int i = 0; i < 6; i++) {
      pass(Duration.ofSeconds(4));
      assertThat(first.hold()).isTrue();
      assertThat(second.hold()).isFalse();
    }

    // the holder stops renewing (killed): a term later the other takes over, with a new token
    pass(Duration.ofSeconds(11));
    assertThat(second.hold()).isTrue();
    assertThat(second.token()).isEqualTo(2);

    // the former holder, paused all along, learns it lost the lease before its next round
    assertThat(first.hold()).isFalse();
    assertThat(first.token()).isEqualTo(-1);
    assertThat(leases.find().first()).containsEntry("holder", "b");
  }

  @Test
  void aLeaseLetGoIsTakenAtOnce() {
    Lease first = instance("a");
    Lease second = instance("b");
    assertThat(first.hold()).isTrue();
    first.release();
    assertThat(first.token()).isEqualTo(-1);
    assertThat(second.hold()).isTrue();
    assertThat(second.token()).isEqualTo(2);
  }

  @Test
  void aHolderThatCannotReachTheStoreStopsBeforeAnotherMayTakeIt() {
    Lease first = instance("a");
    assertThat(first.hold()).isTrue();
    server.shutdownNow();
    pass(Duration.ofSeconds(6));
    // half a term gone, renewal fails: kept while a quarter term remains...
    assertThat(first.hold()).isTrue();
    pass(Duration.ofSeconds(2));
    // ...and given up before the term ends, when another instance could take it
    assertThat(first.hold()).isFalse();
  }
}
