package vn.congdoan.reporting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.welfare.api.WelfareGrantRecordedEvent;
import vn.congdoan.welfare.api.WelfareGrantReversedEvent;

/**
 * {@code welfare_grants}: one document per grant, with its total worked out once. A reversed grant
 * keeps its document, marked {@code reversedOn}, and counts in no year's figures any more.
 */
public class WelfareGrantProjection implements Projection {
  private final ReportingStore store;

  public WelfareGrantProjection(ReportingStore store) {
    this.store = store;
  }

  @Override
  public String name() {
    return "welfare_grants";
  }

  @Override
  public MongoCollection<Document> collection() {
    return store.welfareGrants();
  }

  @Override
  public boolean ordered() {
    // A grant's reversal updates the document its recording created.
    return true;
  }

  @Override
  public Set<Class<?>> eventTypes() {
    return Set.of(WelfareGrantRecordedEvent.class, WelfareGrantReversedEvent.class);
  }

  @Override
  public List<WriteModel<Document>> write(EventEnvelope envelope, Object event) {
    if (event instanceof WelfareGrantReversedEvent e) {
      // Upserted, so that a reversal met before its grant still holds: the recording then finds
      // the document and leaves it as it is, reversed.
      return List.of(
          SequencedWrites.latest(
              e.grantId(),
              envelope.sequence(),
              new Document("branchId", e.branchId())
                  .append("reversedOn", e.reversedOn().toString())));
    }
    WelfareGrantRecordedEvent e = (WelfareGrantRecordedEvent) event;
    int recipients = e.recipients() == null ? 0 : e.recipients().size();
    return List.of(
        SequencedWrites.create(
            e.grantId(),
            envelope.sequence(),
            new Document("branchId", e.branchId())
                .append("kind", e.kind().name())
                .append("fund", e.fund() == null ? null : e.fund().name())
                .append("grantedOn", e.grantedOn().toString())
                .append("recipients", recipients)
                .append("amountVndEach", e.amountVndEach())
                .append("amountVnd", Math.multiplyExact(e.amountVndEach(), (long) recipients))));
  }
}
