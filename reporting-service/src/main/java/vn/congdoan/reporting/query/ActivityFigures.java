package vn.congdoan.reporting.query;

import static vn.congdoan.reporting.query.Aggregation.count;
import static vn.congdoan.reporting.query.Aggregation.number;
import static vn.congdoan.reporting.query.Aggregation.sum;

import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import vn.congdoan.reporting.query.YearSummary.ActivityCount;

/** Activities held within the year, by kind. Null branch: all. */
final class ActivityFigures {
  private final ReportingStore store;

  ActivityFigures(ReportingStore store) {
    this.store = store;
  }

  YearSummary.Activities of(Scope scope, ReportYear year) {
    Map<String, ActivityCount> byKind = new TreeMap<>();
    long total = 0, participants = 0;
    for (Document row :
        Aggregation.grouped(
            store.activities(),
            scope.match(Aggregation.within("heldOn", year.first(), year.last())),
            new Document("_id", "$kind")
                .append("count", count())
                .append("participants", sum("participants")))) {
      var kind = new ActivityCount(number(row, "count"), number(row, "participants"));
      byKind.put(row.getString("_id"), kind);
      total += kind.count();
      participants += kind.participants();
    }
    return new YearSummary.Activities(total, participants, byKind);
  }
}
