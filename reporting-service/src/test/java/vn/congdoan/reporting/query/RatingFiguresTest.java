package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingFiguresTest extends TwoBranchesTestBase {
  @Test
  void theYearsRatingsAreCountedByCode() {
    model.apply(
        records.ratings(
            VP,
            2024,
            "STRONG_EXCELLENT",
            Map.of("to-1", "STRONG", "to-2", "STRONG", "to-3", "COMPLETED"),
            Map.of("a", "EXCELLENT", "b", "GOOD", "c", "GOOD", "d", "NOT_COMPLETED")));

    assertThat(model.year(VP, 2024).ratings())
        .isEqualTo(
            new YearSummary.Ratings(
                "STRONG_EXCELLENT",
                Map.of("COMPLETED", 1L, "STRONG", 2L),
                Map.of("EXCELLENT", 1L, "GOOD", 2L, "NOT_COMPLETED", 1L)));
    assertThat(model.year(VP, 2024).ratings().members().keySet())
        .containsExactly("EXCELLENT", "GOOD", "NOT_COMPLETED");
  }

  @Test
  void aLaterEventReplacesOnlyTheRatingsItNames() {
    var first =
        records.ratings(
            VP,
            2024,
            "STRONG",
            Map.of("to-1", "STRONG", "to-2", "COMPLETED"),
            Map.of("a", "EXCELLENT", "b", "GOOD"));
    var second =
        records.ratings(VP, 2024, null, Map.of("to-2", "STRONG"), Map.of("b", "EXCELLENT"));
    model.apply(first, second);
    model.apply(first);

    assertThat(model.year(VP, 2024).ratings())
        .isEqualTo(
            new YearSummary.Ratings("STRONG", Map.of("STRONG", 2L), Map.of("EXCELLENT", 2L)));
  }

  @Test
  void ratingsBelongToTheirYearAndBranch() {
    model.apply(
        records.ratings(VP, 2023, "COMPLETED", Map.of(), Map.of("a", "GOOD")),
        records.ratings(TC, 2024, "STRONG", Map.of("to-1", "STRONG"), Map.of("a", "GOOD")));

    assertThat(model.year(VP, 2024).ratings())
        .isEqualTo(new YearSummary.Ratings(null, Map.of(), Map.of()));
    assertThat(model.year(VP, 2023).ratings().branch()).isEqualTo("COMPLETED");
    assertThat(model.province(2024).ratings())
        .isEqualTo(
            new ProvinceSummary.Ratings(
                null, Map.of("STRONG", 1L), Map.of("STRONG", 1L), Map.of("GOOD", 1L)));
  }
}
