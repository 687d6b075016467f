package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.eq;
import static vn.congdoan.reporting.query.Aggregation.count;
import static vn.congdoan.reporting.query.Aggregation.key;
import static vn.congdoan.reporting.query.Aggregation.number;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import vn.congdoan.reporting.projection.RecordFields;
import vn.congdoan.reporting.projection.ReportingStore;

/** Awards and study achievements (report section II.3), by the year they are for. */
final class EmulationFigures {
  private final ReportingStore store;

  EmulationFigures(ReportingStore store) {
    this.store = store;
  }

  /** By branch and collective or not; {@link #awards} works them up. */
  List<Document> awardRows(Scope scope, ReportYear year) {
    return Aggregation.grouped(
        store.awards(),
        scope.match(eq(RecordFields.YEAR, year.value())),
        new Document(
                "_id",
                new Document(ReportingStore.BRANCH_ID, ReportingStore.BRANCH_ID_PATH)
                    .append("collective", "$" + RecordFields.COLLECTIVE))
            .append("count", count()));
  }

  /** By branch and kind; {@link #achievements} works them up. */
  List<Document> achievementRows(Scope scope, ReportYear year) {
    return Aggregation.grouped(
        store.achievements(),
        scope.match(eq(RecordFields.YEAR, year.value())),
        new Document(
                "_id",
                new Document(ReportingStore.BRANCH_ID, ReportingStore.BRANCH_ID_PATH)
                    .append("kind", "$" + RecordFields.KIND))
            .append("count", count()));
  }

  static YearSummary.Awards awards(List<Document> rows) {
    long collective = 0, individual = 0;
    for (Document row : rows) {
      if (Boolean.TRUE.equals(key(row, "collective"))) {
        collective = Math.addExact(collective, number(row, "count"));
      } else {
        individual = Math.addExact(individual, number(row, "count"));
      }
    }
    return new YearSummary.Awards(collective + individual, collective, individual);
  }

  static YearSummary.Achievements achievements(List<Document> rows) {
    Map<String, Long> byKind = new TreeMap<>();
    rows.forEach(
        row -> byKind.merge((String) key(row, "kind"), number(row, "count"), Math::addExact));
    long total = byKind.values().stream().mapToLong(Long::longValue).reduce(0L, Math::addExact);
    return new YearSummary.Achievements(total, byKind);
  }
}
