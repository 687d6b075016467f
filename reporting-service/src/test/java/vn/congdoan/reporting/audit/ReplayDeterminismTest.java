package vn.congdoan.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.reporting.audit.ReadModelComparison.CollectionDifference;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.ingest.EnvelopeDecoder;
import vn.congdoan.reporting.query.InMemoryMongo;

/**
 * The same history replayed twice, into two scratch databases, gives the same bytes: whatever the
 * batches it arrives in, and with a batch delivered twice as Kafka may.
 */
class ReplayDeterminismTest {
  private static final EnvelopeDecoder DECODER = EnvelopeDecoder.forPlatform();
  private final List<Delivery> history = GeneratedHistory.of(20241010L, 6, 60);
  private InMemoryMongo mongo;
  private MongoClient client;

  @BeforeEach
  void start() {
    mongo = new InMemoryMongo();
    client = MongoClients.create(mongo.connectionString());
  }

  @AfterEach
  void stop() {
    client.close();
    mongo.close();
  }

  /**
   * Replays {@code history} in batches of {@code size}, the one at {@code again} delivered twice.
   */
  private ScratchReadModel replayed(String name, int size, int again) {
    var scratch = new ScratchReadModel(client, name, DECODER, Clock.systemUTC(), true);
    for (int from = 0, batch = 0; from < history.size(); from += size, batch++) {
      var deliveries = history.subList(from, Math.min(from + size, history.size()));
      scratch.applier.apply(deliveries);
      if (batch == again) {
        scratch.applier.apply(deliveries);
      }
    }
    return scratch;
  }

  @Test
  void theSameHistoryReplayedTwiceIsByteIdentical() {
    try (var first = replayed("reporting-replay-first", 500, -1);
        var second = replayed("reporting-replay-second", 37, 3)) {
      var result = ReadModelComparison.compare(first.database, second.database);

      assertThat(result.equal()).as(result.toString()).isTrue();
      assertThat(result.collections())
          .extracting(CollectionDifference::name)
          .contains(
              "audit_events",
              "branches",
              "member_segments",
              "welfare_grants",
              "campaigns",
              "contributions",
              "finance_entries",
              "ratings",
              "narratives");
      assertThat(result.collections()).allMatch(c -> c.live() == c.rebuilt());
      assertThat(count(result, "audit_events")).isEqualTo(history.size());
      assertThat(count(result, "member_segments")).isGreaterThan(300);
      // and byte for byte, in _id order, as read back
      for (String name : ReadModelComparison.collectionsOf(first.database, second.database)) {
        assertThat(raw(second.database, name)).as(name).isEqualTo(raw(first.database, name));
      }
    }
  }

  @Test
  void aSingleNumberOfAnotherTypeIsADifference() {
    try (var first = replayed("reporting-replay-first", 500, -1);
        var second = replayed("reporting-replay-second", 500, -1)) {
      var grants = second.database.getCollection("welfare_grants");
      var grant = grants.find().first();
      long amount = grant.getLong("amountVnd");
      // the same value as a 32-bit number: equal as numbers, one type byte and four bytes apart
      grant.put("amountVnd", (int) amount);
      grants.replaceOne(new org.bson.Document("_id", grant.get("_id")), grant);

      var result = ReadModelComparison.compare(first.database, second.database);

      assertThat(result.equal()).isFalse();
      var welfare =
          result.collections().stream()
              .filter(c -> c.name().equals("welfare_grants"))
              .findFirst()
              .orElseThrow();
      assertThat(welfare.different()).isEqualTo(1);
      assertThat(welfare.firstDifferences()).containsExactly(grant.getString("_id"));
      assertThat(result.collections().stream().filter(c -> !c.equal())).hasSize(1);
    }
  }

  private static int count(ReadModelComparison.Comparison result, String name) {
    return result.collections().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow()
        .live();
  }

  private static List<String> raw(MongoDatabase database, String name) {
    List<String> bytes = new ArrayList<>();
    for (RawBsonDocument doc :
        database
            .getCollection(name, RawBsonDocument.class)
            .find()
            .sort(new org.bson.Document("_id", 1))) {
      var buffer = doc.getByteBuffer().asNIO();
      byte[] copy = new byte[buffer.remaining()];
      buffer.get(copy);
      bytes.add(java.util.HexFormat.of().formatHex(copy));
    }
    return bytes;
  }
}
