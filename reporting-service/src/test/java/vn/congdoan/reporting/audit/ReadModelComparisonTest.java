package vn.congdoan.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.reporting.audit.ReadModelComparison.CollectionDifference;

class ReadModelComparisonTest extends TwoReadModels {
  @BeforeEach
  void start() {
    bothHold(
        "branches",
        new Document("_id", "b1").append("name", "Sở Y tế").append("members", 3),
        new Document("_id", "b2").append("name", "Sở Tài chính").append("members", 5));
    bothHold("ratings", new Document("_id", "r1").append("year", 2024));
  }

  private CollectionDifference branches(ReadModelComparison.Comparison result) {
    return result.collections().stream()
        .filter(c -> c.name().equals("branches"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theSameDocumentsAreEqual() {
    var result = ReadModelComparison.compare(live, rebuilt);

    assertThat(result.equal()).isTrue();
    assertThat(result.collections())
        .extracting(CollectionDifference::name)
        .containsExactly("branches", "ratings");
    assertThat(branches(result))
        .isEqualTo(new CollectionDifference("branches", 2, 2, 0, 0, 0, List.of(), 0));
  }

  @Test
  void theIdempotencyFiltersAnswersAreNotPartOfTheReadModel() {
    // a replay started with an Idempotency-Key leaves its answer in the live database only
    live.getCollection("idempotency").insertOne(new Document("_id", "key-1").append("status", 202));

    var result = ReadModelComparison.compare(live, rebuilt);

    assertThat(result.equal()).isTrue();
    assertThat(result.collections())
        .extracting(CollectionDifference::name)
        .containsExactly("branches", "ratings");
  }

  @Test
  void theSameValuesUnderKeysInAnotherOrderAreADifference() {
    rebuilt.getCollection("branches").deleteOne(new Document("_id", "b1"));
    // the same content, its keys written in another order: other bytes
    rebuilt
        .getCollection("branches")
        .insertOne(new Document("_id", "b1").append("members", 3).append("name", "Sở Y tế"));

    var result = ReadModelComparison.compare(live, rebuilt);

    assertThat(result.equal()).isFalse();
    assertThat(branches(result))
        .isEqualTo(new CollectionDifference("branches", 2, 2, 0, 0, 1, List.of("b1"), 0));
  }

  @Test
  void theSameNumberOfAnotherTypeIsADifference() {
    rebuilt
        .getCollection("branches")
        .replaceOne(
            new Document("_id", "b2"),
            new Document("_id", "b2").append("name", "Sở Tài chính").append("members", 5L));

    var result = ReadModelComparison.compare(live, rebuilt);

    assertThat(branches(result).different()).isEqualTo(1);
    assertThat(branches(result).firstDifferences()).containsExactly("b2");
  }

  @Test
  void onlyTheCollectionsNamedAreCompared() {
    rebuilt.getCollection("ratings").drop();

    var result = ReadModelComparison.compare(live, rebuilt, List.of("branches"), () -> {});

    assertThat(result.equal()).isTrue();
    assertThat(result.collections())
        .extracting(CollectionDifference::name)
        .containsExactly("branches");
  }

  @Test
  void aNumericIdIsShownAsItIs() {
    live.getCollection("ratings").insertOne(new Document("_id", 7).append("year", 2024));

    var result = ReadModelComparison.compare(live, rebuilt);

    assertThat(result.collections().get(1).firstDifferences()).containsExactly("7");
  }

  @Test
  void aChangedAMissingAndAnExtraDocumentAreEachReported() {
    var branches = rebuilt.getCollection("branches");
    branches.replaceOne(
        new Document("_id", "b1"),
        new Document("_id", "b1").append("name", "Sở Y tế").append("members", 4));
    branches.deleteOne(new Document("_id", "b2"));
    branches.insertOne(new Document("_id", "b3").append("name", "Sở Xây dựng"));

    var result = ReadModelComparison.compare(live, rebuilt);

    assertThat(result.equal()).isFalse();
    assertThat(branches(result))
        .isEqualTo(
            new CollectionDifference("branches", 2, 2, 1, 1, 1, List.of("b1", "b2", "b3"), 0));
    assertThat(result.collections().get(1).firstDifferences()).isEmpty();
  }

  @Test
  void aCollectionOnlyOneSideHasIsAllMissingOrAllExtra() {
    rebuilt.getCollection("ratings").drop();
    rebuilt.getCollection("awards").insertOne(new Document("_id", "a1"));

    var result = ReadModelComparison.compare(live, rebuilt);

    assertThat(result.equal()).isFalse();
    assertThat(result.collections())
        .extracting(c -> c.name() + ":" + c.missing() + "/" + c.extra())
        .containsExactly("awards:0/1", "branches:0/0", "ratings:1/0");
  }

  @Test
  void onlyTheFirstTenDifferencesAreNamed() {
    for (int i = 0; i < 15; i++) {
      rebuilt.getCollection("branches").insertOne(new Document("_id", "x" + i));
    }

    var result = ReadModelComparison.compare(live, rebuilt);

    assertThat(branches(result).extra()).isEqualTo(15);
    assertThat(branches(result).firstDifferences()).hasSize(ReadModelComparison.SHOWN);
  }
}
