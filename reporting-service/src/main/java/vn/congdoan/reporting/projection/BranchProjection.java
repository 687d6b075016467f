package vn.congdoan.reporting.projection;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import org.bson.Document;
import vn.congdoan.membership.api.BranchDissolvedEvent;
import vn.congdoan.membership.api.BranchRegisteredEvent;
import vn.congdoan.membership.api.GroupAddedEvent;
import vn.congdoan.membership.api.GroupRenamedEvent;
import vn.congdoan.platform.api.EventEnvelope;

/** {@code branches}: a branch with its groups, in the order they were added, and its end. */
public class BranchProjection extends CollectionProjection {
  public BranchProjection(ReportingStore store) {
    super(
        "branches",
        store.branches(),
        true,
        BranchRegisteredEvent.class,
        GroupAddedEvent.class,
        GroupRenamedEvent.class,
        BranchDissolvedEvent.class);
  }

  @Override
  public List<WriteModel<Document>> write(EventEnvelope envelope, Object event) {
    return List.of(writeOne(envelope.sequence(), event));
  }

  private static WriteModel<Document> writeOne(long seq, Object event) {
    if (event instanceof BranchRegisteredEvent e) {
      return SequencedWrites.create(
          e.branchId().value(),
          seq,
          new Document("name", e.name())
              .append("parentUnion", e.parentUnion())
              .append("sector", e.sector().name())
              .append("groups", List.of())
              .append("dissolvedOn", null)
              .append("dissolutionReason", null));
    }
    if (event instanceof GroupRenamedEvent e) {
      return SequencedWrites.update(
          e.branchId().value(),
          seq,
          Filters.eq("groups.groupId", e.groupId()),
          Updates.set("groups.$.name", e.name()));
    }
    if (event instanceof BranchDissolvedEvent e) {
      return SequencedWrites.update(
          e.branchId().value(),
          seq,
          Updates.combine(
              Updates.set("dissolvedOn", e.effectiveOn().toString()),
              Updates.set("dissolutionReason", e.reason())));
    }
    GroupAddedEvent e = (GroupAddedEvent) event;
    return SequencedWrites.update(
        e.branchId().value(),
        seq,
        Updates.push("groups", new Document("groupId", e.groupId()).append("name", e.name())));
  }
}
