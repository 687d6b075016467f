package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.or;
import static vn.congdoan.reporting.query.Aggregation.between;
import static vn.congdoan.reporting.query.Aggregation.count;
import static vn.congdoan.reporting.query.Aggregation.countIf;
import static vn.congdoan.reporting.query.Aggregation.number;
import static vn.congdoan.reporting.query.Aggregation.sum;
import static vn.congdoan.reporting.query.Aggregation.within;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import vn.congdoan.reporting.projection.RecordFields;
import vn.congdoan.reporting.projection.ReportingStore;

/**
 * Complaints received and resolved, inspections held and what they found, each by its own date in
 * the year. A year without any reports zeros: the report must say "0", not leave it out.
 */
final class InspectionFigures {
  private final ReportingStore store;

  InspectionFigures(ReportingStore store) {
    this.store = store;
  }

  /**
   * By branch: complaint rows ({@code received}, {@code resolved}) and inspection rows ({@code
   * count}, {@code violations}) in one list, which {@link #summed} works up.
   */
  List<Document> rows(Scope scope, ReportYear year) {
    String first = year.first();
    String last = year.last();
    List<Document> rows = new ArrayList<>();
    rows.addAll(
        Aggregation.grouped(
            store.complaints(),
            scope.match(
                or(
                    within(RecordFields.RECEIVED_ON, first, last),
                    within(RecordFields.RESOLVED_ON, first, last))),
            byBranch()
                .append("received", countIf(between(RecordFields.RECEIVED_ON, first, last)))
                .append("resolved", countIf(between(RecordFields.RESOLVED_ON, first, last)))));
    rows.addAll(
        Aggregation.grouped(
            store.inspections(),
            scope.match(within(RecordFields.HELD_ON, first, last)),
            byBranch()
                .append("count", count())
                .append("violations", sum(RecordFields.VIOLATIONS_FOUND))));
    return rows;
  }

  static YearSummary.Inspection summed(List<Document> rows) {
    long received = 0, resolved = 0, inspections = 0, violations = 0;
    for (Document row : rows) {
      received = Math.addExact(received, number(row, "received"));
      resolved = Math.addExact(resolved, number(row, "resolved"));
      inspections = Math.addExact(inspections, number(row, "count"));
      violations = Math.addExact(violations, number(row, "violations"));
    }
    return new YearSummary.Inspection(received, resolved, inspections, violations);
  }

  private static Document byBranch() {
    return new Document(
        "_id", new Document(ReportingStore.BRANCH_ID, ReportingStore.BRANCH_ID_PATH));
  }
}
