package vn.congdoan.reporting.projection;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import org.bson.Document;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberDataCorrectedEvent;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberErasedEvent;
import vn.congdoan.membership.api.MemberMovedToGroupEvent;
import vn.congdoan.membership.api.MemberTransferredInEvent;
import vn.congdoan.membership.api.MemberTransferredOutEvent;
import vn.congdoan.platform.api.EventEnvelope;

/**
 * {@code member_segments}: one document per continuous stretch a member spends in one group of one
 * branch ({@link MemberSegmentWrites}). Counting by effective dates is then a range query, and a
 * member who moves between branches is counted in each by that branch's own stream. Only what
 * reports count by is kept: the sealed personal data never enters the read model.
 */
public class MemberSegmentProjection extends CollectionProjection {
  public static final String ADMITTED = "ADMITTED";
  public static final String TRANSFERRED_IN = "TRANSFERRED_IN";
  public static final String GROUP_MOVE = "GROUP_MOVE";
  public static final String TRANSFERRED_OUT = "TRANSFERRED_OUT";
  public static final String DEPARTED = "DEPARTED";

  public MemberSegmentProjection(ReportingStore store) {
    super(
        "members",
        store.memberSegments(),
        true,
        MemberAdmittedEvent.class,
        MemberMovedToGroupEvent.class,
        MemberTransferredOutEvent.class,
        MemberTransferredInEvent.class,
        MemberDepartedEvent.class,
        MemberErasedEvent.class,
        MemberDataCorrectedEvent.class);
  }

  /** A move names only the groups: the member's traits come from the segment it closes. */
  @Override
  public boolean readsBeforeWriting(Object event) {
    return event instanceof MemberMovedToGroupEvent;
  }

  @Override
  public List<WriteModel<Document>> write(EventEnvelope envelope, Object event) {
    long seq = envelope.sequence();
    if (event instanceof MemberAdmittedEvent e) {
      var traits =
          MemberSegmentWrites.traits(e.gender(), e.birthYear(), e.honorary(), e.position());
      return List.of(
          new MemberSegmentWrites(e.branchId(), e.memberId(), seq)
              .open(GroupId.valueOf(e.groupId()), e.joinedOn(), ADMITTED, traits));
    }
    if (event instanceof MemberTransferredInEvent e) {
      var traits =
          MemberSegmentWrites.traits(e.gender(), e.birthYear(), e.honorary(), e.position());
      return List.of(
          new MemberSegmentWrites(e.branchId(), e.memberId(), seq)
              .open(GroupId.valueOf(e.groupId()), e.effectiveOn(), TRANSFERRED_IN, traits));
    }
    if (event instanceof MemberMovedToGroupEvent e) {
      var segments = new MemberSegmentWrites(e.branchId(), e.memberId(), seq);
      return List.of(
          segments.close(e.effectiveOn(), GROUP_MOVE, null),
          segments.open(
              GroupId.valueOf(e.toGroupId()), e.effectiveOn(), GROUP_MOVE, traitsBefore(segments)));
    }
    if (event instanceof MemberTransferredOutEvent e) {
      return List.of(
          new MemberSegmentWrites(e.branchId(), e.memberId(), seq)
              .close(e.effectiveOn(), TRANSFERRED_OUT, null));
    }
    if (event instanceof MemberDepartedEvent e) {
      String reason = e.reason() == null ? null : e.reason().name();
      return List.of(
          new MemberSegmentWrites(e.branchId(), e.memberId(), seq)
              .close(e.effectiveOn(), DEPARTED, reason));
    }
    if (event instanceof MemberDataCorrectedEvent e) {
      return List.of(
          new MemberSegmentWrites(e.branchId(), e.memberId(), seq)
              .correct(e.gender(), e.birthYear()));
    }
    MemberErasedEvent e = (MemberErasedEvent) event;
    return List.of(new MemberSegmentWrites(e.branchId(), e.memberId(), seq).erase());
  }

  /** The traits of the member's latest segment opened before the move, as they stood then. */
  private Document traitsBefore(MemberSegmentWrites segments) {
    Document latest =
        collection()
            .find(segments.openedBefore())
            .sort(Sorts.descending(SegmentFields.OPEN_SEQ))
            .projection(Projections.include(MemberSegmentWrites.TRAITS))
            .first();
    // A move of a member the branch never admitted: the place still counts, the traits are unknown.
    Document traits = MemberSegmentWrites.traits(null, null, false, null);
    if (latest != null) {
      MemberSegmentWrites.TRAITS.forEach(t -> traits.put(t, latest.get(t)));
    }
    return traits;
  }
}
