package vn.congdoan.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.reporting.audit.ReadModelComparison.CollectionDifference;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.query.InMemoryMongo;

/**
 * A replay's trail checked batch by batch against the live one finds it equal when it is, counts an
 * event delivered twice once, and names what was altered, added or removed in the live trail.
 */
class TrailCheckTest {
  private final List<Delivery> history = GeneratedHistory.of(20241204L, 4, 30);
  private final InMemoryMongo mongo = new InMemoryMongo();
  private final MongoCollection<Document> live =
      mongo.database("reporting").getCollection(AuditTrail.NAME);

  TrailCheckTest() {
    var trail = new AuditTrail(live);
    live.bulkWrite(history.stream().map(trail::write).toList());
  }

  @AfterEach
  void stop() {
    mongo.close();
  }

  /** The history checked in batches of 50, the third delivered twice. */
  private CollectionDifference checked() {
    var check = new TrailCheck(live);
    for (int from = 0, batch = 0; from < history.size(); from += 50, batch++) {
      var deliveries = history.subList(from, Math.min(from + 50, history.size()));
      check.check(deliveries);
      if (batch == 2) {
        check.check(deliveries);
      }
    }
    return check.difference(() -> {}).resolve(LaterEvents.NONE);
  }

  private String eventId(int i) {
    return history.get(i).envelope().eventId();
  }

  @Test
  void theTrailAsTheLiveOneWroteItIsEqualByteForByte() {
    var difference = checked();

    assertThat(difference.equal()).as(difference.toString()).isTrue();
    assertThat(difference.live()).isEqualTo(history.size()).isGreaterThan(150);
    assertThat(difference.rebuilt()).isEqualTo(history.size());
  }

  @Test
  void anAlteredAnAddedAndARemovedDocumentAreEachNamed() {
    live.updateOne(Filters.eq("_id", eventId(7)), Updates.set("user", "someone else"));
    live.deleteOne(Filters.eq("_id", eventId(90)));
    live.insertOne(new Document("_id", "written-by-no-event").append("type", "MemberAdmitted"));

    var difference = checked();

    assertThat(difference.equal()).isFalse();
    assertThat(difference.different()).isEqualTo(1);
    assertThat(difference.extra()).as("rebuilt, not in the live trail").isEqualTo(1);
    assertThat(difference.missing()).as("in the live trail, made by no event").isEqualTo(1);
    assertThat(difference.firstDifferences())
        .containsExactlyInAnyOrder(eventId(7), eventId(90), "written-by-no-event");
  }
}
