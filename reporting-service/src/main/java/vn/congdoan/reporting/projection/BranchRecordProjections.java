package vn.congdoan.reporting.projection;

import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import org.bson.Document;
import vn.congdoan.membership.api.AchievementRecordedEvent;
import vn.congdoan.membership.api.ActivityHeldEvent;
import vn.congdoan.membership.api.AwardGrantedEvent;
import vn.congdoan.membership.api.ComplaintReceivedEvent;
import vn.congdoan.membership.api.ComplaintResolvedEvent;
import vn.congdoan.membership.api.InspectionHeldEvent;
import vn.congdoan.platform.api.BranchId;

/**
 * {@code activities}, {@code awards}, {@code achievements}, {@code complaints}, {@code
 * inspections}: one document per thing the branch recorded. Their ids are unique only within the
 * branch, so documents are keyed {@code branchId:id}. Complaint subjects and outcomes stay out: the
 * reports count complaints, and the text may name people.
 */
final class BranchRecordProjections {
  private BranchRecordProjections() {}

  static List<Projection> all(ReportingStore store) {
    return List.of(
        new RecordProjection("activities", store.activities(), false)
            .on(ActivityHeldEvent.class, BranchRecordProjections::activity),
        new RecordProjection("awards", store.awards(), false)
            .on(AwardGrantedEvent.class, BranchRecordProjections::award),
        new RecordProjection("achievements", store.achievements(), false)
            .on(AchievementRecordedEvent.class, BranchRecordProjections::achievement),
        // A resolution updates the document its complaint's receipt created.
        new RecordProjection("complaints", store.complaints(), true)
            .on(ComplaintReceivedEvent.class, BranchRecordProjections::complaint)
            .on(ComplaintResolvedEvent.class, BranchRecordProjections::resolution),
        new RecordProjection("inspections", store.inspections(), false)
            .on(InspectionHeldEvent.class, BranchRecordProjections::inspection));
  }

  private static List<WriteModel<Document>> activity(long seq, ActivityHeldEvent e) {
    return created(
        e.branchId(),
        e.activityId(),
        seq,
        new Document(RecordFields.KIND, e.kind().name())
            .append(RecordFields.TITLE, e.title())
            .append(RecordFields.HELD_ON, e.heldOn().toString())
            .append(RecordFields.PARTICIPANTS, e.participants()));
  }

  private static List<WriteModel<Document>> award(long seq, AwardGrantedEvent e) {
    return created(
        e.branchId(),
        e.awardId(),
        seq,
        new Document(RecordFields.YEAR, e.year())
            .append(RecordFields.MEMBER_ID, e.memberId() == null ? null : e.memberId().value())
            .append(RecordFields.COLLECTIVE, e.memberId() == null)
            .append(RecordFields.TITLE, e.title())
            .append(RecordFields.ISSUER, e.issuer())
            .append(
                RecordFields.AWARDED_ON, e.awardedOn() == null ? null : e.awardedOn().toString()));
  }

  private static List<WriteModel<Document>> achievement(long seq, AchievementRecordedEvent e) {
    return created(
        e.branchId(),
        e.achievementId(),
        seq,
        new Document(RecordFields.YEAR, e.year())
            .append(RecordFields.MEMBER_ID, e.memberId() == null ? null : e.memberId().value())
            .append(RecordFields.KIND, e.kind().name())
            .append(RecordFields.TITLE, e.title()));
  }

  private static List<WriteModel<Document>> complaint(long seq, ComplaintReceivedEvent e) {
    return created(
        e.branchId(),
        e.complaintId(),
        seq,
        new Document(RecordFields.RECEIVED_ON, e.receivedOn().toString())
            .append(RecordFields.RESOLVED_ON, null));
  }

  private static List<WriteModel<Document>> resolution(long seq, ComplaintResolvedEvent e) {
    return List.of(
        SequencedWrites.update(
            key(e.branchId(), e.complaintId()),
            seq,
            Updates.set(RecordFields.RESOLVED_ON, e.resolvedOn().toString())));
  }

  private static List<WriteModel<Document>> inspection(long seq, InspectionHeldEvent e) {
    return created(
        e.branchId(),
        e.inspectionId(),
        seq,
        new Document(RecordFields.HELD_ON, e.heldOn().toString())
            .append(RecordFields.SCOPE, e.scope() == null ? null : e.scope().name())
            .append(RecordFields.VIOLATIONS_FOUND, e.violationsFound()));
  }

  private static List<WriteModel<Document>> created(
      BranchId branchId, String id, long seq, Document fields) {
    Document document = new Document(ReportingStore.BRANCH_ID, branchId.value());
    document.putAll(fields);
    return List.of(SequencedWrites.create(key(branchId, id), seq, document));
  }

  static String key(BranchId branchId, String id) {
    return branchId.value() + ':' + id;
  }
}
