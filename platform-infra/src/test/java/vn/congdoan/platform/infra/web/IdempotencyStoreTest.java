package vn.congdoan.platform.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.infra.testing.HandClock;

class IdempotencyStoreTest {
  private static final Instant T0 = Instant.parse("2026-11-24T03:00:00Z");
  private static final byte[] CREATED = "{\"id\":\"m-1\"}".getBytes();

  private final MongoServer server = new MongoServer(new MemoryBackend());
  private final MongoClient client =
      MongoClients.create("mongodb://localhost:" + server.bind().getPort());
  private final MongoCollection<Document> keys =
      client.getDatabase("idempotency").getCollection("idempotency");
  private final HandClock clock = new HandClock(T0);
  private final IdempotencyStore store =
      new IdempotencyStore(keys, Duration.ofHours(24), Duration.ofSeconds(60), clock);

  @AfterEach
  void stop() {
    client.close();
    server.shutdownNow();
  }

  private IdempotencyStore.Claim claimAt(Duration after, String fingerprint) {
    clock.set(T0.plus(after));
    return store.claim("k", fingerprint);
  }

  @Test
  void anAnswerIsGivenAgainForADayAndThenForgotten() {
    String token = claimAt(Duration.ZERO, "f").token();
    store.complete("k", token, 201, "application/json", CREATED);

    var replayed = claimAt(Duration.ofHours(23), "f");
    assertThat(replayed.claimed()).isFalse();
    assertThat(replayed.existing().status()).isEqualTo(201);
    assertThat(replayed.existing().body()).isEqualTo(CREATED);

    assertThat(claimAt(Duration.ofHours(24).plusSeconds(1), "f").claimed()).isTrue();
  }

  @Test
  void mongoRemovesExpiredKeysThroughATtlIndexOnEachKeysOwnExpiry() {
    store.ensureIndexes();
    claimAt(Duration.ZERO, "f");

    var ttl =
        keys.listIndexes().into(new ArrayList<>()).stream()
            .filter(i -> i.get("key", Document.class).containsKey(IdempotencyStore.EXPIRES_AT))
            .toList();
    assertThat(ttl)
        .singleElement()
        .satisfies(i -> assertThat(i.get("expireAfterSeconds")).isIn(0, 0L));
    assertThat(keys.find().first().getDate(IdempotencyStore.EXPIRES_AT).toInstant())
        .isEqualTo(T0.plus(Duration.ofHours(24)));
  }

  @Test
  void aRequestThatKeepsRenewingItsLeaseKeepsItsKeyHoweverLongItRuns() {
    String token = claimAt(Duration.ZERO, "f").token();
    for (int s = 20; s <= 300; s += 20) {
      clock.set(T0.plusSeconds(s));
      assertThat(store.renew("k", token)).isTrue();
    }

    var second = claimAt(Duration.ofSeconds(350), "f");

    assertThat(second.claimed()).isFalse();
    assertThat(second.existing().completed()).isFalse();
  }

  @Test
  void aKeyWhoseLeaseRanOutUnrenewedIsTakenOverAndItsFirstHolderChangesNothing() {
    String first = claimAt(Duration.ZERO, "f").token();
    assertThat(claimAt(Duration.ofSeconds(59), "f").claimed()).isFalse();

    String second = claimAt(Duration.ofSeconds(61), "f").token();
    assertThat(second).isNotNull();

    // The first request comes back after all: it neither answers for the key nor frees it.
    assertThat(store.renew("k", first)).isFalse();
    store.complete("k", first, 500, "application/json", new byte[0]);
    store.release("k", first);
    store.complete("k", second, 201, "application/json", CREATED);
    assertThat(claimAt(Duration.ofSeconds(62), "f").existing().status()).isEqualTo(201);
  }

  @Test
  void anAbandonedKeyIsNotTakenOverByAnotherBody() {
    claimAt(Duration.ZERO, "f");

    var other = claimAt(Duration.ofMinutes(5), "another body");

    assertThat(other.claimed()).isFalse();
    assertThat(other.existing().fingerprint()).isEqualTo("f");
  }

  @Test
  void aReleasedKeyMayRunAgainAtOnce() {
    String token = claimAt(Duration.ZERO, "f").token();
    store.release("k", token);

    assertThat(claimAt(Duration.ofSeconds(1), "f").claimed()).isTrue();
  }
}
