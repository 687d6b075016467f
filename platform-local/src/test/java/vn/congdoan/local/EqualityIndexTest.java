package vn.congdoan.local;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class EqualityIndexTest {
  private final EqualityIndex<Integer> index =
      new EqualityIndex<>(
          "branch_1_member_1",
          List.of(new IndexKey("branch", true), new IndexKey("member", true)),
          false);

  private static Document doc(String id, Object branch) {
    return new Document("_id", id).append("branch", branch).append("member", "m");
  }

  @Test
  void itAnswersEqualityOnItsFirstFieldOnlyWithTheDocumentsHoldingThatValue() {
    index.add(doc("a", "b1"), 1, null);
    index.add(doc("b", "b2"), 2, null);
    index.add(doc("c", List.of("b1", "b3")), 3, null);
    index.add(doc("d", 7), 4, null);

    assertThat(index.canHandle(new Document("branch", "b1"))).isTrue();
    assertThat(index.canHandle(new Document("member", "m"))).isFalse();
    assertThat(index.canHandle(new Document("branch", new Document("$lt", "b2")))).isFalse();
    assertThat(index.canHandle(new Document("branch", "b1").append("member", "m"))).isFalse();
    assertThat(index.getPositions(new Document("branch", "b1"))).containsExactlyInAnyOrder(1, 3);
    assertThat(index.getPositions(new Document("branch", "b3"))).containsExactly(3);
    assertThat(index.getPositions(new Document("branch", "b9"))).isEmpty();
  }

  @Test
  void removingAndUpdatingMoveTheDocumentBetweenValues() {
    index.add(doc("a", "b1"), 1, null);
    index.add(doc("b", "b1"), 2, null);

    index.updateInPlace(doc("a", "b1"), doc("a", "b2"), 1, null);
    assertThat(index.remove(doc("b", "b1"))).isEqualTo(2);

    assertThat(index.getPositions(new Document("branch", "b1"))).isEmpty();
    assertThat(index.getPositions(new Document("branch", "b2"))).containsExactly(1);
    assertThat(index.getCount()).isEqualTo(1);
  }

  @Test
  void aDocumentWithoutTextInTheFieldStillHasItsPositionToRemove() {
    index.add(doc("d", 7), 4, null);
    index.add(new Document("_id", "e"), 5, null);

    assertThat(index.remove(doc("d", 7))).isEqualTo(4);
    assertThat(index.remove(new Document("_id", "e"))).isEqualTo(5);
  }

  @Test
  void documentsWithoutAValueAreWhatEqualityWithNullFinds() {
    index.add(doc("a", "b1"), 1, null);
    index.add(doc("n", null), 2, null);
    index.add(new Document("_id", "m"), 3, null);
    index.add(doc("l", java.util.Arrays.asList("b1", null)), 4, null);
    index.add(doc("d", 7), 5, null);

    assertThat(index.canHandle(new Document("branch", null))).isTrue();
    assertThat(index.getPositions(new Document("branch", null))).containsExactlyInAnyOrder(2, 3, 4);
    assertThat(index.getPositions(new Document("branch", "b1"))).containsExactlyInAnyOrder(1, 4);
    var anyOf = new Document("branch", new Document("$in", java.util.Arrays.asList("b1", null)));
    assertThat(index.canHandle(anyOf)).isTrue();
    assertThat(index.getPositions(anyOf)).containsExactlyInAnyOrder(1, 2, 3, 4);
    assertThat(index.canHandle(new Document("branch", new Document("$in", List.of("b1", 7)))))
        .as("a number is not text")
        .isFalse();
  }
}
