package vn.congdoan.reporting.query;

import static vn.congdoan.reporting.query.Aggregation.count;
import static vn.congdoan.reporting.query.Aggregation.key;
import static vn.congdoan.reporting.query.Aggregation.number;
import static vn.congdoan.reporting.query.Aggregation.sum;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import vn.congdoan.reporting.projection.LedgerFields;
import vn.congdoan.reporting.projection.LedgerProjection;
import vn.congdoan.reporting.projection.ReportingStore;

/**
 * Money in and out of the ledger within the year, by kind and, for spending, by category. Null
 * branch: all. Dues and union funding belong to the year of their period, income to the day it was
 * received, expenses to the day spent, remittances to the day remitted.
 */
final class FinanceFigures {
  private final ReportingStore store;

  FinanceFigures(ReportingStore store) {
    this.store = store;
  }

  /**
   * By branch, kind and category — and, for a grant's reversal booked as a correction of an earlier
   * year, by that year ({@link GrantCorrections}); {@link #summed} and {@link BranchRows} work them
   * up.
   */
  List<Document> rows(Scope scope, ReportYear year) {
    return Aggregation.grouped(
        store.financeEntries(),
        scope.match(Aggregation.within(LedgerFields.ON, year.first(), year.last())),
        new Document(
                "_id",
                new Document(ReportingStore.BRANCH_ID, ReportingStore.BRANCH_ID_PATH)
                    .append("kind", "$" + LedgerFields.KIND)
                    .append("category", "$" + LedgerFields.CATEGORY)
                    .append(LedgerFields.LATE, "$" + LedgerFields.LATE)
                    .append(LedgerFields.CORRECTS_YEAR, "$" + LedgerFields.CORRECTS_YEAR))
            .append("entries", count())
            .append("amountVnd", sum(LedgerFields.AMOUNT_VND)));
  }

  static YearSummary.Finance summed(List<Document> rows) {
    Map<String, Long> byKind = new HashMap<>();
    Map<String, Long> byCategory = new TreeMap<>();
    for (Document row : rows) {
      String kind = (String) key(row, "kind");
      long amount = number(row, "amountVnd");
      byKind.merge(kind, amount, Math::addExact);
      if (LedgerProjection.EXPENSE.equals(kind)) {
        byCategory.merge((String) key(row, "category"), amount, Math::addExact);
      }
    }
    long dues = byKind.getOrDefault(LedgerProjection.DUES, 0L);
    long funding = byKind.getOrDefault(LedgerProjection.UNION_FUNDING, 0L);
    long other = byKind.getOrDefault(LedgerProjection.INCOME, 0L);
    long income = dues + funding + other;
    long expense = byKind.getOrDefault(LedgerProjection.EXPENSE, 0L);
    long remitted = byKind.getOrDefault(LedgerProjection.REMITTANCE, 0L);
    // Only the year's own movements: the opening balance, carried over from the year before, comes
    // with settlement (quyết toán) and is not in the ledger's events yet.
    long handedOver = byKind.getOrDefault(LedgerProjection.HANDOVER, 0L);
    long balance = income - expense - remitted - handedOver;
    return new YearSummary.Finance(
        income,
        dues,
        funding,
        other,
        expense,
        remitted,
        handedOver,
        balance,
        byCategory,
        GrantCorrections.summed(rows));
  }
}
