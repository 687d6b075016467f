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

/** The year's ratings counted by code, per rated subject (branch, group, member). */
final class RatingFigures {
  private record Row(String subject, String rating, long count) {}

  private final ReportingStore store;

  RatingFigures(ReportingStore store) {
    this.store = store;
  }

  YearSummary.Ratings ofBranch(Scope scope, ReportYear year) {
    List<Row> rows = rows(scope, year);
    String branch =
        rows.stream()
            .filter(r -> YearReviewProjections.BRANCH.equals(r.subject()))
            .map(Row::rating)
            .findFirst()
            .orElse(null);
    return new YearSummary.Ratings(
        branch,
        counts(rows, YearReviewProjections.GROUP),
        counts(rows, YearReviewProjections.MEMBER));
  }

  ProvinceSummary.Ratings ofProvince(Scope scope, ReportYear year) {
    List<Row> rows = rows(scope, year);
    return new ProvinceSummary.Ratings(
        null,
        counts(rows, YearReviewProjections.BRANCH),
        counts(rows, YearReviewProjections.GROUP),
        counts(rows, YearReviewProjections.MEMBER));
  }

  private List<Row> rows(Scope scope, ReportYear year) {
    return Aggregation.grouped(
            store.ratings(),
            scope.match(and(eq("year", year.value()), ne("rating", null))),
            new Document("_id", new Document("subject", "$subject").append("rating", "$rating"))
                .append("count", count()))
        .stream()
        .map(
            r -> new Row((String) key(r, "subject"), (String) key(r, "rating"), number(r, "count")))
        .toList();
  }

  private static Map<String, Long> counts(List<Row> rows, String subject) {
    Map<String, Long> counts = new TreeMap<>();
    rows.stream()
        .filter(r -> subject.equals(r.subject()))
        .forEach(r -> counts.merge(r.rating(), r.count(), Long::sum));
    return counts;
  }
}
