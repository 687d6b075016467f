package vn.congdoan.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.reporting.audit.ReadModelComparison.CollectionDifference;

/**
 * The live read model moves on while a replay runs: documents the events recorded after its horizon
 * touched are counted apart and do not make the models unequal; every other difference still does.
 */
class LaterChangesTest extends TwoReadModels {
  private final LaterEvents later = new LaterEvents();

  @BeforeEach
  void start() {
    bothHold(
        "member_segments",
        new Document("_id", "s1").append("branchId", "b-busy").append("members", 3),
        new Document("_id", "s2").append("branchId", "b-quiet").append("members", 5));
  }

  private static EventEnvelope event(String id, String aggregate, String branch) {
    return new EventEnvelope(
        id,
        "membership.MemberAdmitted",
        "1",
        "Branch",
        aggregate,
        7,
        Instant.parse("2026-12-04T10:00:00Z"),
        branch == null ? Map.of() : Map.of(MetadataKeys.BRANCH, branch),
        null);
  }

  private CollectionDifference segments() {
    return ReadModelComparison.differences(live, rebuilt, List.of("member_segments"), () -> {})
        .get(0)
        .resolve(later);
  }

  private void liveMovesOn(String id) {
    live.getCollection("member_segments")
        .updateOne(Filters.eq("_id", id), Updates.inc("members", 1));
  }

  @Test
  void aBranchALaterEventTouchedIsCountedApartAndTheModelsStayEqual() {
    later.add(event("e-9", "b-busy", "b-busy"));
    liveMovesOn("s1");
    live.getCollection("member_segments")
        .insertOne(new Document("_id", "s3").append("branchId", "b-busy").append("members", 1));

    var line = segments();

    assertThat(line)
        .isEqualTo(new CollectionDifference("member_segments", 3, 2, 0, 0, 0, List.of(), 2));
    assertThat(ReadModelComparison.Comparison.of(List.of(line)).equal()).isTrue();
  }

  @Test
  void aDifferenceNoLaterEventExplainsIsStillOne() {
    later.add(event("e-9", "b-busy", "b-busy"));
    liveMovesOn("s1");
    liveMovesOn("s2");

    var line = segments();

    assertThat(line)
        .isEqualTo(new CollectionDifference("member_segments", 2, 2, 0, 0, 1, List.of("s2"), 1));
    assertThat(ReadModelComparison.Comparison.of(List.of(line)).equal()).isFalse();
  }

  @Test
  void aStreamOfItsOwnIsTouchedByItsIdAndTheBranchItWasRecordedFor() {
    later.add(event("e-10", "campaign-2025", "b-quiet"));

    assertThat(later.touches(List.of("campaign-2025"))).isTrue();
    assertThat(later.touches(List.of("x", "b-quiet"))).isTrue();
    assertThat(later.touches(List.of("b-busy"))).isFalse();
    assertThat(later.recorded("e-10")).isTrue();
    assertThat(later.size()).isEqualTo(1);
  }

  @Test
  void theTrailIsExplainedOnlyByItsOwnEventNeverByItsBranch() {
    later.add(event("e-9", "b-busy", "b-busy"));
    var trail = new Differences("audit_events", true);
    RawBsonDocument laterOne = trailDoc("e-9");
    RawBsonDocument alteredEarlier = trailDoc("e-1");
    trail.add(Differences.Kind.MISSING, new BsonString("e-9"), laterOne);
    trail.add(Differences.Kind.DIFFERENT, new BsonString("e-1"), alteredEarlier);

    var line = trail.counted(2, 1).resolve(later);

    assertThat(line)
        .isEqualTo(new CollectionDifference("audit_events", 2, 1, 0, 0, 1, List.of("e-1"), 1));
  }

  @Test
  void withNoLaterEventsEveryDifferenceCounts() {
    liveMovesOn("s1");

    var line =
        ReadModelComparison.differences(live, rebuilt, List.of("member_segments"), () -> {})
            .get(0)
            .resolve(LaterEvents.NONE);

    assertThat(line.different()).isEqualTo(1);
    assertThat(line.later()).isZero();
  }

  private static RawBsonDocument trailDoc(String id) {
    return RawBsonDocument.parse(
        new Document("_id", id)
            .append("branchId", "b-busy")
            .append("aggregateId", "b-busy")
            .toJson());
  }
}
