package vn.congdoan.reporting.projection;

import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import vn.congdoan.membership.api.GroupRating;
import vn.congdoan.membership.api.MemberRating;
import vn.congdoan.membership.api.NarrativeRecordedEvent;
import vn.congdoan.membership.api.RatingsRecordedEvent;
import vn.congdoan.platform.api.BranchId;

/**
 * What a branch says about a year as a whole, where a later event replaces the earlier word. {@code
 * ratings}: one document per year and rated subject (the branch, a group, a member), so a later
 * event replaces the ratings it names and no others. {@code narratives}: the year-end report's
 * texts, one document per branch and year.
 */
public final class YearReviewProjections {
  public static final String BRANCH = "BRANCH";
  public static final String GROUP = "GROUP";
  public static final String MEMBER = "MEMBER";

  private YearReviewProjections() {}

  static List<Projection> all(ReportingStore store) {
    // Order does not matter: of two events about one subject, the later sequence wins either way.
    return List.of(
        new RecordProjection("ratings", store.ratings(), false)
            .on(RatingsRecordedEvent.class, YearReviewProjections::ratings),
        new RecordProjection("narratives", store.narratives(), false)
            .on(NarrativeRecordedEvent.class, YearReviewProjections::narrative));
  }

  private static List<WriteModel<Document>> ratings(long seq, RatingsRecordedEvent e) {
    List<WriteModel<Document>> writes = new ArrayList<>();
    if (e.branchRating() != null) {
      writes.add(rating(e, seq, BRANCH, e.branchId().value(), e.branchRating()));
    }
    for (GroupRating group : nonNull(e.groupRatings())) {
      writes.add(rating(e, seq, GROUP, group.groupId().value(), group.rating()));
    }
    for (MemberRating member : nonNull(e.memberRatings())) {
      writes.add(rating(e, seq, MEMBER, member.memberId().value(), member.rating()));
    }
    return writes;
  }

  private static WriteModel<Document> rating(
      RatingsRecordedEvent e, long seq, String subject, String subjectId, String rating) {
    return SequencedWrites.latest(
        String.join(":", e.branchId().value(), Integer.toString(e.year()), subject, subjectId),
        seq,
        yearOf(e.branchId(), e.year())
            .append(ReviewFields.SUBJECT, subject)
            .append(ReviewFields.SUBJECT_ID, subjectId)
            .append(ReviewFields.RATING, rating));
  }

  private static List<WriteModel<Document>> narrative(long seq, NarrativeRecordedEvent e) {
    var signatory = e.signatory();
    return List.of(
        SequencedWrites.latest(
            e.branchId().value() + ':' + e.year(),
            seq,
            yearOf(e.branchId(), e.year())
                .append(ReviewFields.SHORTCOMINGS, e.shortcomings())
                .append(ReviewFields.CAUSES, e.causes())
                .append(ReviewFields.PRIORITIES, e.priorities())
                .append(ReviewFields.RECIPIENTS, nonNull(e.recipients()))
                .append(
                    ReviewFields.SIGNATORY,
                    signatory == null
                        ? null
                        : new Document(ReviewFields.TITLE, signatory.title())
                            .append(ReviewFields.NAME, signatory.name()))));
  }

  private static Document yearOf(BranchId branchId, int year) {
    return new Document(ReportingStore.BRANCH_ID, branchId.value()).append(ReviewFields.YEAR, year);
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
