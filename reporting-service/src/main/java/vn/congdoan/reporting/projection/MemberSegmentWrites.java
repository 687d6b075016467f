package vn.congdoan.reporting.projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.Position;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;

/**
 * The writes that open and close one member's segments in one branch. Opening is an
 * insert-if-absent keyed by the opening event; closing touches only an open segment opened before
 * the closing event. A redelivered event finds its segment already there, or closed, or opened by
 * itself, and changes nothing.
 */
final class MemberSegmentWrites {
  /** What a segment says about the member rather than their place: a move carries it over. */
  static final List<String> TRAITS =
      List.of("gender", "birthYear", "honorary", "position", "erased");

  private static final String CORRECTED_SEQ = "correctedSeq";

  private final BranchId branchId;
  private final MemberId memberId;
  private final long seq;

  MemberSegmentWrites(BranchId branchId, MemberId memberId, long seq) {
    this.branchId = branchId;
    this.memberId = memberId;
    this.seq = seq;
  }

  static Document traits(Gender gender, Integer birthYear, boolean honorary, Position position) {
    return new Document("gender", gender == null ? null : gender.name())
        .append("birthYear", birthYear)
        .append("honorary", honorary)
        .append("position", position == null ? null : position.name())
        .append("erased", false);
  }

  WriteModel<Document> open(String groupId, LocalDate from, String startKind, Document traits) {
    Document segment =
        new Document("memberId", memberId.value())
            .append(ReportingStore.BRANCH_ID, branchId.value())
            .append("groupId", groupId)
            .append("from", from.toString())
            // Explicit nulls: the year figures tell "still open" from a date.
            .append("to", null)
            .append("startKind", startKind)
            .append("endKind", null)
            .append("departureReason", null)
            .append("openSeq", seq);
    segment.putAll(traits);
    return SequencedWrites.inserted(branchId.value() + ':' + memberId.value() + ':' + seq, segment);
  }

  /** Only one segment is ever open; if several were, the member would leave them all. */
  WriteModel<Document> close(LocalDate to, String endKind, String departureReason) {
    return new UpdateManyModel<>(
        and(openedBefore(), eq("to", null)),
        Updates.combine(
            Updates.set("to", to.toString()),
            Updates.set("endKind", endKind),
            Updates.set("departureReason", departureReason)));
  }

  /**
   * The member's corrected data on every segment this event follows (segments opened later copy it
   * from the one they follow). {@code correctedSeq} keeps an earlier correction delivered again
   * from undoing a later one already applied.
   */
  WriteModel<Document> correct(Gender gender, Integer birthYear) {
    return new UpdateManyModel<>(
        and(openedBefore(), or(exists(CORRECTED_SEQ, false), lt(CORRECTED_SEQ, seq))),
        Updates.combine(
            Updates.set("gender", gender == null ? null : gender.name()),
            Updates.set("birthYear", birthYear),
            Updates.set(CORRECTED_SEQ, seq)));
  }

  /** Segments opened later copy the flag from the one they follow. */
  WriteModel<Document> erase() {
    return new UpdateManyModel<>(openedBefore(), Updates.set("erased", true));
  }

  /** The member's segments in this branch that this event can only follow. */
  Bson openedBefore() {
    return and(
        eq(ReportingStore.BRANCH_ID, branchId.value()),
        eq("memberId", memberId.value()),
        lt("openSeq", seq));
  }
}
