package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.exists;
import static vn.congdoan.reporting.query.Aggregation.count;
import static vn.congdoan.reporting.query.Aggregation.key;
import static vn.congdoan.reporting.query.Aggregation.number;
import static vn.congdoan.reporting.query.Aggregation.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.congdoan.reporting.projection.GrantFields;
import vn.congdoan.reporting.projection.ReportingStore;

/**
 * Welfare grants of the year by kind, from {@code welfare_grants}, by the rule finance books them
 * by: a grant counts in its own year unless it was reversed while that year was open; one reversed
 * after its year was settled still counts there, and the year that booked the reversal carries a
 * correction ({@link GrantCorrections}). So a year's welfare amount is its member care from grants.
 */
final class WelfareFigures {
  private final ReportingStore store;
  private final GrantCorrections corrections;

  WelfareFigures(ReportingStore store) {
    this.store = store;
    this.corrections = new GrantCorrections(store);
  }

  /**
   * By branch and kind, and the corrections among {@code financeRows} (the year's {@link
   * FinanceFigures#rows}, read once for both); {@link #summed} and {@link BranchRows} work them
   * into figures.
   */
  List<Document> rows(Scope scope, ReportYear year, List<Document> financeRows) {
    Bson granted = Aggregation.within(GrantFields.GRANTED_ON, year.first(), year.last());
    List<Document> rows =
        new ArrayList<>(grouped(scope.match(and(granted, exists(GrantFields.REVERSED_ON, false)))));
    List<String> correctedLater = corrections.correctedLater(scope, year);
    if (!correctedLater.isEmpty()) {
      rows.addAll(
          grouped(scope.match(and(granted, GrantCorrections.reversedAmong(correctedLater)))));
    }
    financeRows.stream().filter(GrantCorrections::isCorrection).forEach(rows::add);
    return rows;
  }

  private List<Document> grouped(Bson match) {
    return Aggregation.grouped(
        store.welfareGrants(),
        match,
        new Document(
                "_id",
                new Document(ReportingStore.BRANCH_ID, ReportingStore.BRANCH_ID_PATH)
                    .append("kind", "$" + GrantFields.KIND))
            .append("grants", count())
            .append("recipients", sum(GrantFields.RECIPIENTS))
            .append("amountVnd", sum(GrantFields.AMOUNT_VND)));
  }

  static YearSummary.Welfare summed(List<Document> rows) {
    Map<String, YearSummary.Grants> byKind = new TreeMap<>();
    for (Document row : rows) {
      if (GrantCorrections.isCorrection(row)) {
        continue;
      }
      byKind.merge(
          (String) key(row, "kind"),
          new YearSummary.Grants(
              number(row, "grants"), number(row, "recipients"), number(row, "amountVnd")),
          YearSummary.Grants::plus);
    }
    YearSummary.Grants all =
        byKind.values().stream().reduce(new YearSummary.Grants(0, 0, 0), YearSummary.Grants::plus);
    List<YearSummary.Correction> corrected = GrantCorrections.summed(rows);
    long amount = all.amountVnd();
    for (YearSummary.Correction c : corrected) {
      amount = Math.addExact(amount, c.amountVnd());
    }
    return new YearSummary.Welfare(all.grants(), all.recipients(), amount, byKind, corrected);
  }
}
