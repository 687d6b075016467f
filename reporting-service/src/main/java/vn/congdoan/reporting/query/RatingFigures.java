package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static vn.congdoan.reporting.query.Aggregation.count;
import static vn.congdoan.reporting.query.Aggregation.key;
import static vn.congdoan.reporting.query.Aggregation.number;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.reporting.projection.ReviewFields;
import vn.congdoan.reporting.projection.YearReviewProjections;

/** The year's ratings counted by code, per rated subject (branch, group, member). */
final class RatingFigures {
  private final ReportingStore store;

  RatingFigures(ReportingStore store) {
    this.store = store;
  }

  /** By branch, subject and rating; {@link #ofBranch} and {@link #ofProvince} work them up. */
  List<Document> rows(Scope scope, ReportYear year) {
    return Aggregation.grouped(
        store.ratings(),
        scope.match(and(eq(ReviewFields.YEAR, year.value()), ne(ReviewFields.RATING, null))),
        new Document(
                "_id",
                new Document(ReportingStore.BRANCH_ID, ReportingStore.BRANCH_ID_PATH)
                    .append("subject", "$" + ReviewFields.SUBJECT)
                    .append("rating", "$" + ReviewFields.RATING))
            .append("count", count()));
  }

  static YearSummary.Ratings ofBranch(List<Document> rows) {
    String branch =
        rows.stream()
            .filter(r -> YearReviewProjections.BRANCH.equals(key(r, "subject")))
            .map(r -> (String) key(r, "rating"))
            .findFirst()
            .orElse(null);
    return new YearSummary.Ratings(
        branch,
        counts(rows, YearReviewProjections.GROUP),
        counts(rows, YearReviewProjections.MEMBER));
  }

  static ProvinceSummary.Ratings ofProvince(List<Document> rows) {
    return new ProvinceSummary.Ratings(
        null,
        counts(rows, YearReviewProjections.BRANCH),
        counts(rows, YearReviewProjections.GROUP),
        counts(rows, YearReviewProjections.MEMBER));
  }

  private static Map<String, Long> counts(List<Document> rows, String subject) {
    Map<String, Long> counts = new TreeMap<>();
    rows.stream()
        .filter(r -> subject.equals(key(r, "subject")))
        .forEach(r -> counts.merge((String) key(r, "rating"), number(r, "count"), Long::sum));
    return counts;
  }
}
