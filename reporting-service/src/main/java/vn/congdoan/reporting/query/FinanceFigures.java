package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static vn.congdoan.reporting.query.Aggregation.number;
import static vn.congdoan.reporting.query.Aggregation.sum;

import org.bson.Document;

/** Money received within the year. Null branch: all. */
final class FinanceFigures {
  private final ReportingStore store;

  FinanceFigures(ReportingStore store) {
    this.store = store;
  }

  YearSummary.Finance of(String branchId, ReportYear year) {
    var rows =
        Aggregation.grouped(
            store.financeEntries(),
            Aggregation.ofBranch(
                branchId,
                and(
                    eq("kind", IncomeProjection.INCOME),
                    Aggregation.within("on", year.first(), year.last()))),
            new Document("_id", null).append("incomeVnd", sum("amountVnd")));
    return new YearSummary.Finance(rows.isEmpty() ? 0 : number(rows.get(0), "incomeVnd"));
  }
}
