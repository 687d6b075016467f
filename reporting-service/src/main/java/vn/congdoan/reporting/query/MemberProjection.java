package vn.congdoan.reporting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.Set;
import org.bson.Document;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.platform.api.EventEnvelope;

/**
 * {@code members}: only what the reports count by. Names and full birth dates stay out of the read
 * model, so erasing a member's personal data never has to reach in here.
 */
public class MemberProjection implements Projection {
  private final ReportingStore store;

  public MemberProjection(ReportingStore store) {
    this.store = store;
  }

  @Override
  public String name() {
    return "members";
  }

  @Override
  public MongoCollection<Document> collection() {
    return store.members();
  }

  @Override
  public boolean ordered() {
    return true;
  }

  @Override
  public Set<Class<?>> eventTypes() {
    return Set.of(MemberAdmittedEvent.class, MemberDepartedEvent.class);
  }

  @Override
  public WriteModel<Document> write(EventEnvelope envelope, Object event) {
    if (event instanceof MemberDepartedEvent left) {
      return SequencedWrites.update(
          left.memberId().value(),
          envelope.sequence(),
          Updates.set("leftOn", left.effectiveOn().toString()));
    }
    MemberAdmittedEvent e = (MemberAdmittedEvent) event;
    return SequencedWrites.create(
        e.memberId().value(),
        envelope.sequence(),
        new Document("branchId", e.branchId().value())
            .append("groupId", e.groupId())
            .append("gender", e.gender().name())
            .append("birthYear", e.dateOfBirth() == null ? null : e.dateOfBirth().getYear())
            .append("joinedOn", e.joinedOn().toString())
            // Explicit null: the year queries tell "has not left" from a departure date.
            .append("leftOn", null));
  }
}
