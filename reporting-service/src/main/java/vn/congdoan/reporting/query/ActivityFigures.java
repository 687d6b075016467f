package vn.congdoan.reporting.query;

import static vn.congdoan.reporting.query.Aggregation.count;
import static vn.congdoan.reporting.query.Aggregation.key;
import static vn.congdoan.reporting.query.Aggregation.number;
import static vn.congdoan.reporting.query.Aggregation.sum;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import vn.congdoan.reporting.projection.RecordFields;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.reporting.query.YearSummary.ActivityCount;

/** Activities held within the year, by kind. */
final class ActivityFigures {
  private final ReportingStore store;

  ActivityFigures(ReportingStore store) {
    this.store = store;
  }

  /** By branch and kind; {@link #summed} works them up. */
  List<Document> rows(Scope scope, ReportYear year) {
    return Aggregation.grouped(
        store.activities(),
        scope.match(Aggregation.within(RecordFields.HELD_ON, year.first(), year.last())),
        new Document(
                "_id",
                new Document(ReportingStore.BRANCH_ID, ReportingStore.BRANCH_ID_PATH)
                    .append("kind", "$" + RecordFields.KIND))
            .append("count", count())
            .append("participants", sum(RecordFields.PARTICIPANTS)));
  }

  static YearSummary.Activities summed(List<Document> rows) {
    Map<String, ActivityCount> byKind = new TreeMap<>();
    long total = 0, participants = 0;
    for (Document row : rows) {
      var kind = new ActivityCount(number(row, "count"), number(row, "participants"));
      byKind.merge(
          (String) key(row, "kind"),
          kind,
          (a, b) ->
              new ActivityCount(
                  Math.addExact(a.count(), b.count()),
                  Math.addExact(a.participants(), b.participants())));
      total = Math.addExact(total, kind.count());
      participants = Math.addExact(participants, kind.participants());
    }
    return new YearSummary.Activities(total, participants, byKind);
  }
}
