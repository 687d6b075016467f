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
          new Document(BranchFields.NAME, e.name())
              .append(BranchFields.PARENT_UNION, e.parentUnion())
              .append(BranchFields.SECTOR, e.sector().name())
              .append(BranchFields.GROUPS, List.of())
              .append(BranchFields.DISSOLVED_ON, null)
              .append(BranchFields.DISSOLUTION_REASON, null));
    }
    if (event instanceof GroupRenamedEvent e) {
      return SequencedWrites.update(
          e.branchId().value(),
          seq,
          Filters.eq("groups.groupId", e.groupId().value()),
          Updates.set("groups.$.name", e.name()));
    }
    if (event instanceof BranchDissolvedEvent e) {
      return SequencedWrites.update(
          e.branchId().value(),
          seq,
          Updates.combine(
              Updates.set(BranchFields.DISSOLVED_ON, e.effectiveOn().toString()),
              Updates.set(BranchFields.DISSOLUTION_REASON, e.reason())));
    }
    GroupAddedEvent e = (GroupAddedEvent) event;
    return SequencedWrites.update(
        e.branchId().value(),
        seq,
        Updates.push(
            BranchFields.GROUPS,
            new Document(BranchFields.GROUP_ID, e.groupId().value())
                .append(BranchFields.NAME, e.name())));
  }
}
