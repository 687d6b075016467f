package vn.congdoan.reporting.projection;

import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.WriteModel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import vn.congdoan.finance.api.BooksClosedEvent;
import vn.congdoan.finance.api.DuesPayment;
import vn.congdoan.finance.api.DuesRecordedEvent;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.ExpenseRecordedEvent;
import vn.congdoan.finance.api.GrantExpenseRecordedEvent;
import vn.congdoan.finance.api.GrantExpenseReversedEvent;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.finance.api.ShareRemittedEvent;
import vn.congdoan.finance.api.UnionFundingRecordedEvent;
import vn.congdoan.platform.api.EventEnvelope;

/**
 * {@code finance_entries}: one document per money movement of a branch's ledger, created once and
 * never changed. Its {@code on} is the day that puts it in a year: the first of the period for dues
 * and union funding. A redelivered event meets its document's id and is known to be applied.
 *
 * <p>Ids: {@code branchId:KIND:id} for what has an id of its own; dues and funding, which may be
 * recorded more than once for a period, add the event's place in the ledger stream ({@code
 * branchId:DUES:2024-03:17}). Income keeps the event id it has been stored under from the start.
 *
 * <p>A welfare grant's expense is a member-care {@code EXPENSE} on its grant day and its reversal a
 * negative one on the day finance booked it: the grant's own day while its year was open, the
 * reversal's day once that year was settled — then the entry is {@code late}, a correction of
 * {@code correctsYear}. Both carry their {@code grantId}. Their ids name the grant under kinds of
 * their own ({@code branchId:GRANT_EXPENSE:grantId}, {@code branchId:GRANT_REVERSAL:grantId}): an
 * expense entered by hand can never take their place.
 */
public class LedgerProjection extends CollectionProjection {
  public static final String INCOME = "INCOME";
  public static final String DUES = "DUES";
  public static final String UNION_FUNDING = "UNION_FUNDING";
  public static final String EXPENSE = "EXPENSE";
  public static final String REMITTANCE = "REMITTANCE";
  public static final String HANDOVER = "HANDOVER";
  private static final String GRANT_EXPENSE = "GRANT_EXPENSE";
  private static final String GRANT_REVERSAL = "GRANT_REVERSAL";

  public LedgerProjection(ReportingStore store) {
    // entries never update each other: the server may apply them in any order
    super(
        "finance_entries",
        store.financeEntries(),
        false,
        IncomeRecordedEvent.class,
        DuesRecordedEvent.class,
        UnionFundingRecordedEvent.class,
        ExpenseRecordedEvent.class,
        GrantExpenseRecordedEvent.class,
        GrantExpenseReversedEvent.class,
        ShareRemittedEvent.class,
        BooksClosedEvent.class);
  }

  @Override
  public List<WriteModel<Document>> write(EventEnvelope envelope, Object event) {
    return List.of(new InsertOneModel<>(entry(envelope, event)));
  }

  private static Document entry(EventEnvelope envelope, Object event) {
    if (event instanceof IncomeRecordedEvent e) {
      return entry(envelope.eventId(), e.branchId().value(), INCOME, e.amountVnd(), e.receivedOn())
          .append(LedgerFields.ENTRY_ID, e.incomeId());
    }
    if (event instanceof DuesRecordedEvent e) {
      long paid =
          e.payments().stream().mapToLong(DuesPayment::amountVnd).reduce(0L, Math::addExact);
      long standard =
          e.payments().stream().mapToLong(DuesPayment::standardVnd).reduce(0L, Math::addExact);
      return inPeriod(envelope, e.branchId().value(), DUES, e.period(), paid)
          .append(LedgerFields.STANDARD_VND, standard)
          .append(LedgerFields.PAYMENTS, e.payments().size());
    }
    if (event instanceof UnionFundingRecordedEvent e) {
      return inPeriod(envelope, e.branchId().value(), UNION_FUNDING, e.period(), e.amountVnd())
          .append(LedgerFields.STANDARD_VND, e.standardVnd());
    }
    if (event instanceof ExpenseRecordedEvent e) {
      String id = id(e.branchId().value(), EXPENSE, e.expenseId());
      return entry(id, e.branchId().value(), EXPENSE, e.amountVnd(), e.spentOn())
          .append(LedgerFields.CATEGORY, Objects.requireNonNull(e.category(), "category").name());
    }
    if (event instanceof GrantExpenseRecordedEvent e) {
      String id = id(e.branchId().value(), GRANT_EXPENSE, e.grantId().value());
      return memberCare(id, e.branchId().value(), e.amountVnd(), e.spentOn())
          .append(LedgerFields.GRANT_ID, e.grantId().value());
    }
    if (event instanceof GrantExpenseReversedEvent e) {
      String id = id(e.branchId().value(), GRANT_REVERSAL, e.grantId().value());
      // Revision 1 (upcast: bookedOn = reversedOn) did not say which year it corrected.
      Document entry =
          memberCare(id, e.branchId().value(), -e.amountVnd(), e.bookedOn())
              .append(LedgerFields.GRANT_ID, e.grantId().value());
      if (e.correctsYear() != null) {
        entry
            .append(LedgerFields.CORRECTS_YEAR, e.correctsYear())
            .append(LedgerFields.LATE, e.correctsEarlierYear());
      }
      return entry;
    }
    if (event instanceof BooksClosedEvent e) {
      // A dissolved branch's remaining balance, handed to the upper union once.
      String id = id(e.branchId().value(), HANDOVER, "books");
      return entry(id, e.branchId().value(), HANDOVER, e.handedOverVnd(), e.closedOn());
    }
    ShareRemittedEvent e = (ShareRemittedEvent) event;
    String id = id(e.branchId().value(), REMITTANCE, e.remittanceId());
    return entry(id, e.branchId().value(), REMITTANCE, e.amountVnd(), e.remittedOn())
        .append(LedgerFields.SHARE, Objects.requireNonNull(e.share(), "share").name());
  }

  private static Document memberCare(String id, String branchId, long amountVnd, LocalDate on) {
    return entry(id, branchId, EXPENSE, amountVnd, on)
        .append(LedgerFields.CATEGORY, ExpenseCategory.MEMBER_CARE.name());
  }

  private static Document inPeriod(
      EventEnvelope envelope, String branchId, String kind, YearMonth period, long amountVnd) {
    String id = id(branchId, kind, period + ":" + envelope.sequence());
    return entry(id, branchId, kind, amountVnd, period.atDay(1))
        .append(LedgerFields.PERIOD, period.toString());
  }

  private static String id(String branchId, String kind, String id) {
    return Objects.requireNonNull(branchId, "branchId")
        + ":"
        + kind
        + ":"
        + Objects.requireNonNull(id, "id");
  }

  /** A missing branch or day throws: the applier skips the event as poison. */
  private static Document entry(
      String id, String branchId, String kind, long amountVnd, LocalDate on) {
    return new Document("_id", id)
        .append(ReportingStore.BRANCH_ID, Objects.requireNonNull(branchId, "branchId"))
        .append(LedgerFields.KIND, kind)
        .append(LedgerFields.AMOUNT_VND, amountVnd)
        .append(LedgerFields.ON, on.toString());
  }
}
