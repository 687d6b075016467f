package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import vn.congdoan.reporting.projection.GrantFields;
import vn.congdoan.reporting.projection.ReportingStore;

/**
 * A branch's welfare grants of a year, latest first, reversed ones included and marked: what an
 * officer looks through to find the grant to reverse.
 */
public class GrantList {
  /** {@code reversedOn}: null while the grant stands. */
  public record GrantRow(
      String grantId,
      String kind,
      String fund,
      LocalDate grantedOn,
      int recipients,
      long amountVndEach,
      long amountVnd,
      LocalDate reversedOn) {}

  private final ReportingStore store;

  public GrantList(ReportingStore store) {
    this.store = store;
  }

  public List<GrantRow> of(String branchId, ReportYear year) {
    List<GrantRow> rows = new ArrayList<>();
    var found =
        store
            .welfareGrants()
            .find(
                and(
                    eq(ReportingStore.BRANCH_ID, branchId),
                    gte(GrantFields.GRANTED_ON, year.first()),
                    lte(GrantFields.GRANTED_ON, year.last())))
            .sort(Sorts.orderBy(Sorts.descending(GrantFields.GRANTED_ON), Sorts.ascending("_id")));
    for (Document d : found) {
      // A reversal met before its grant leaves a document without the grant's fields yet.
      if (d.getString(GrantFields.KIND) == null) {
        continue;
      }
      rows.add(
          new GrantRow(
              d.getString("_id"),
              d.getString(GrantFields.KIND),
              d.getString(GrantFields.FUND),
              LocalDate.parse(d.getString(GrantFields.GRANTED_ON)),
              ((Number) d.get(GrantFields.RECIPIENTS)).intValue(),
              ((Number) d.get(GrantFields.AMOUNT_VND_EACH)).longValue(),
              ((Number) d.get(GrantFields.AMOUNT_VND)).longValue(),
              d.getString(GrantFields.REVERSED_ON) == null
                  ? null
                  : LocalDate.parse(d.getString(GrantFields.REVERSED_ON))));
    }
    return rows;
  }
}
