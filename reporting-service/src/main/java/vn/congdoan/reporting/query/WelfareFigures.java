package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.exists;
import static vn.congdoan.reporting.query.Aggregation.count;
import static vn.congdoan.reporting.query.Aggregation.key;
import static vn.congdoan.reporting.query.Aggregation.number;
import static vn.congdoan.reporting.query.Aggregation.sum;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/** Welfare grants of the year by kind, reversed ones left out, from {@code welfare_grants}. */
final class WelfareFigures {
  private final ReportingStore store;

  WelfareFigures(ReportingStore store) {
    this.store = store;
  }

  YearSummary.Welfare of(Scope scope, ReportYear year) {
    return summed(rows(scope, year));
  }

  /** By branch and kind; {@link #summed} and {@link BranchRows} work them into figures. */
  List<Document> rows(Scope scope, ReportYear year) {
    return Aggregation.grouped(
        store.welfareGrants(),
        scope.match(
            and(
                Aggregation.within("grantedOn", year.first(), year.last()),
                exists("reversedOn", false))),
        new Document("_id", new Document("branchId", "$branchId").append("kind", "$kind"))
            .append("grants", count())
            .append("recipients", sum("recipients"))
            .append("amountVnd", sum("amountVnd")));
  }

  static YearSummary.Welfare summed(List<Document> rows) {
    Map<String, YearSummary.Grants> byKind = new TreeMap<>();
    for (Document row : rows) {
      byKind.merge(
          (String) key(row, "kind"),
          new YearSummary.Grants(
              number(row, "grants"), number(row, "recipients"), number(row, "amountVnd")),
          YearSummary.Grants::plus);
    }
    YearSummary.Grants all =
        byKind.values().stream().reduce(new YearSummary.Grants(0, 0, 0), YearSummary.Grants::plus);
    return new YearSummary.Welfare(all.grants(), all.recipients(), all.amountVnd(), byKind);
  }
}
