package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static vn.congdoan.reporting.query.Aggregation.key;
import static vn.congdoan.reporting.query.Aggregation.number;

import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.congdoan.reporting.projection.GrantFields;
import vn.congdoan.reporting.projection.LedgerFields;
import vn.congdoan.reporting.projection.ReportingStore;

/**
 * Welfare grants whose reversal finance booked in a later year, because the grant's year was
 * settled by then ({@code late} entries of {@code finance_entries}). Welfare and finance follow one
 * rule with them: the grant stays in its own year, and the later year carries the correction. The
 * corrections booked in a year are rows of {@link FinanceFigures#rows} (grouped by {@code _id.late}
 * and {@code _id.correctsYear} too), so they travel with the other rows of a summary, per branch or
 * summed, and the ledger is read once for welfare and finance.
 */
final class GrantCorrections {
  private final ReportingStore store;

  GrantCorrections(ReportingStore store) {
    this.store = store;
  }

  /** The ids of {@code year}'s grants whose reversal is booked as a later year's correction. */
  List<String> correctedLater(Scope scope, ReportYear year) {
    return store
        .financeEntries()
        .find(
            scope.match(
                and(eq(LedgerFields.LATE, true), eq(LedgerFields.CORRECTS_YEAR, year.value()))))
        .projection(Projections.include(LedgerFields.GRANT_ID))
        .map(d -> d.getString(LedgerFields.GRANT_ID))
        .into(new ArrayList<>());
  }

  /** Whether a row of {@link FinanceFigures#rows} is reversals booked as a later correction. */
  static boolean isCorrection(Document row) {
    return Boolean.TRUE.equals(key(row, LedgerFields.LATE));
  }

  /** The rows' corrections, one per corrected year, oldest first. */
  static List<YearSummary.Correction> summed(List<Document> rows) {
    Map<Integer, YearSummary.Correction> byYear = new TreeMap<>();
    for (Document row : rows) {
      if (isCorrection(row)) {
        int corrected = ((Number) key(row, LedgerFields.CORRECTS_YEAR)).intValue();
        byYear.merge(
            corrected,
            new YearSummary.Correction(corrected, number(row, "entries"), number(row, "amountVnd")),
            YearSummary.Correction::plus);
      }
    }
    return List.copyOf(byYear.values());
  }

  /** The ids' grants as they are still standing in welfare (reversed), for their own year. */
  static Bson reversedAmong(List<String> grantIds) {
    return and(in("_id", grantIds), exists(GrantFields.REVERSED_ON, true));
  }
}
