package vn.congdoan.reporting.projection;

import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.ZoneId;
import java.util.List;
import org.bson.Document;
import vn.congdoan.finance.api.BudgetApprovedEvent;
import vn.congdoan.finance.api.BudgetEstimatedEvent;
import vn.congdoan.finance.api.BudgetLine;
import vn.congdoan.platform.api.EventEnvelope;

/**
 * {@code budgets}: a branch's budget estimate (dự toán) for a year, keyed {@code branchId:year},
 * with the day it was put forward and, once the upper union approved it, {@code approvedOn}. An
 * estimate put forward again before approval replaces the earlier one, as it does in finance.
 */
public class BudgetProjection extends CollectionProjection {
  /** The estimate names no day of its own: the day it was recorded, on the unions' calendar. */
  private static final ZoneId UNION_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

  public BudgetProjection(ReportingStore store) {
    // the approval updates the estimate's document
    super("budgets", store.budgets(), true, BudgetEstimatedEvent.class, BudgetApprovedEvent.class);
  }

  @Override
  public List<WriteModel<Document>> write(EventEnvelope envelope, Object event) {
    if (event instanceof BudgetApprovedEvent e) {
      return List.of(
          SequencedWrites.update(
              id(e.branchId().value(), e.year()),
              envelope.sequence(),
              Updates.combine(
                  Updates.set(BudgetFields.APPROVED_ON, e.approvedOn().toString()),
                  Updates.set(BudgetFields.APPROVED_BY, e.approvedBy()))));
    }
    BudgetEstimatedEvent e = (BudgetEstimatedEvent) event;
    List<Document> lines =
        e.lines().stream()
            .map(
                l ->
                    new Document(BudgetFields.CATEGORY, l.category().name())
                        .append(BudgetFields.AMOUNT_VND, l.amountVnd()))
            .toList();
    long total = e.lines().stream().mapToLong(BudgetLine::amountVnd).reduce(0L, Math::addExact);
    return List.of(
        SequencedWrites.latest(
            id(e.branchId().value(), e.year()),
            envelope.sequence(),
            new Document(ReportingStore.BRANCH_ID, e.branchId().value())
                .append(BudgetFields.YEAR, e.year())
                .append(BudgetFields.LINES, lines)
                .append(BudgetFields.TOTAL_VND, total)
                .append(
                    BudgetFields.SUBMITTED_ON,
                    envelope.timestamp().atZone(UNION_TIME).toLocalDate().toString())
                .append(BudgetFields.APPROVED_ON, null)
                .append(BudgetFields.APPROVED_BY, null)));
  }

  static String id(String branchId, int year) {
    return branchId + ':' + year;
  }
}
