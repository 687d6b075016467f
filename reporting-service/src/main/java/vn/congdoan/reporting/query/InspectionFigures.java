package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.or;
import static vn.congdoan.reporting.query.Aggregation.between;
import static vn.congdoan.reporting.query.Aggregation.count;
import static vn.congdoan.reporting.query.Aggregation.countIf;
import static vn.congdoan.reporting.query.Aggregation.number;
import static vn.congdoan.reporting.query.Aggregation.sum;
import static vn.congdoan.reporting.query.Aggregation.within;

import java.util.List;
import org.bson.Document;

/**
 * Complaints received and resolved, inspections held and what they found, each by its own date in
 * the year. A year without any reports zeros: the report must say "0", not leave it out.
 */
final class InspectionFigures {
  private final ReportingStore store;

  InspectionFigures(ReportingStore store) {
    this.store = store;
  }

  /** Null branch: all. */
  YearSummary.Inspection of(Scope scope, ReportYear year) {
    String first = year.first();
    String last = year.last();
    Document complaints =
        single(
            Aggregation.grouped(
                store.complaints(),
                scope.match(
                    or(within("receivedOn", first, last), within("resolvedOn", first, last))),
                new Document("_id", null)
                    .append("received", countIf(between("receivedOn", first, last)))
                    .append("resolved", countIf(between("resolvedOn", first, last)))));
    Document inspections =
        single(
            Aggregation.grouped(
                store.inspections(),
                scope.match(within("heldOn", first, last)),
                new Document("_id", null)
                    .append("count", count())
                    .append("violations", sum("violationsFound"))));
    return new YearSummary.Inspection(
        number(complaints, "received"),
        number(complaints, "resolved"),
        number(inspections, "count"),
        number(inspections, "violations"));
  }

  /** The one row of an ungrouped count, none where nothing matched. */
  private static Document single(List<Document> rows) {
    return rows.isEmpty() ? new Document() : rows.get(0);
  }
}
