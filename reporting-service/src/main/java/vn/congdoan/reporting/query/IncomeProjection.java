package vn.congdoan.reporting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.platform.api.EventEnvelope;

/**
 * {@code finance_entries}: one document per money movement. The event id is the document id, so a
 * redelivered event meets a duplicate key and is known to be applied already.
 */
public class IncomeProjection implements Projection {
  public static final String INCOME = "INCOME";

  private final ReportingStore store;

  public IncomeProjection(ReportingStore store) {
    this.store = store;
  }

  @Override
  public String name() {
    return "finance_entries";
  }

  @Override
  public MongoCollection<Document> collection() {
    return store.financeEntries();
  }

  @Override
  public boolean ordered() {
    // Entries never update each other: the server may apply them in any order.
    return false;
  }

  @Override
  public Set<Class<?>> eventTypes() {
    return Set.of(IncomeRecordedEvent.class);
  }

  @Override
  public List<WriteModel<Document>> write(EventEnvelope envelope, Object event) {
    IncomeRecordedEvent e = (IncomeRecordedEvent) event;
    return List.of(
        new InsertOneModel<>(
            new Document("_id", envelope.eventId())
                .append("branchId", e.branchId())
                .append("kind", INCOME)
                .append("entryId", e.incomeId())
                .append("amountVnd", e.amountVnd())
                .append("on", e.receivedOn().toString())));
  }
}
