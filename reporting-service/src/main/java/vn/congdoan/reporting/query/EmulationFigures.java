package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.eq;
import static vn.congdoan.reporting.query.Aggregation.count;
import static vn.congdoan.reporting.query.Aggregation.number;

import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/** Awards and study achievements (report section II.3), by the year they are for. */
final class EmulationFigures {
  private final ReportingStore store;

  EmulationFigures(ReportingStore store) {
    this.store = store;
  }

  /** Null branch: all. */
  YearSummary.Awards awards(Scope scope, ReportYear year) {
    long collective = 0, individual = 0;
    for (Document row :
        Aggregation.grouped(
            store.awards(),
            scope.match(eq("year", year.value())),
            new Document("_id", "$collective").append("count", count()))) {
      if (Boolean.TRUE.equals(row.get("_id"))) {
        collective = Math.addExact(collective, number(row, "count"));
      } else {
        individual = Math.addExact(individual, number(row, "count"));
      }
    }
    return new YearSummary.Awards(collective + individual, collective, individual);
  }

  /** Null branch: all. */
  YearSummary.Achievements achievements(Scope scope, ReportYear year) {
    Map<String, Long> byKind = new TreeMap<>();
    for (Document row :
        Aggregation.grouped(
            store.achievements(),
            scope.match(eq("year", year.value())),
            new Document("_id", "$kind").append("count", count()))) {
      byKind.put(row.getString("_id"), number(row, "count"));
    }
    long total = byKind.values().stream().mapToLong(Long::longValue).reduce(0L, Math::addExact);
    return new YearSummary.Achievements(total, byKind);
  }
}
