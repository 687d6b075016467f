package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.exists;
import static vn.congdoan.reporting.query.Aggregation.count;
import static vn.congdoan.reporting.query.Aggregation.number;
import static vn.congdoan.reporting.query.Aggregation.sum;

import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/** Welfare grants made within the year and not reversed since, by kind. Null branch: all. */
final class WelfareFigures {
  private final ReportingStore store;

  WelfareFigures(ReportingStore store) {
    this.store = store;
  }

  YearSummary.Welfare of(Scope scope, ReportYear year) {
    Map<String, YearSummary.Grants> byKind = new TreeMap<>();
    for (Document row :
        Aggregation.grouped(
            store.welfareGrants(),
            scope.match(
                and(
                    Aggregation.within("grantedOn", year.first(), year.last()),
                    exists("reversedOn", false))),
            new Document("_id", "$kind")
                .append("grants", count())
                .append("recipients", sum("recipients"))
                .append("amountVnd", sum("amountVnd")))) {
      byKind.put(
          row.getString("_id"),
          new YearSummary.Grants(
              number(row, "grants"), number(row, "recipients"), number(row, "amountVnd")));
    }
    YearSummary.Grants all =
        byKind.values().stream().reduce(new YearSummary.Grants(0, 0, 0), YearSummary.Grants::plus);
    return new YearSummary.Welfare(all.grants(), all.recipients(), all.amountVnd(), byKind);
  }
}
