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
      List.of(
          SegmentFields.GENDER,
          SegmentFields.BIRTH_YEAR,
          SegmentFields.HONORARY,
          SegmentFields.POSITION,
          SegmentFields.ERASED);

  private final BranchId branchId;
  private final MemberId memberId;
  private final long seq;

  MemberSegmentWrites(BranchId branchId, MemberId memberId, long seq) {
    this.branchId = branchId;
    this.memberId = memberId;
    this.seq = seq;
  }

  static Document traits(Gender gender, Integer birthYear, boolean honorary, Position position) {
    return new Document(SegmentFields.GENDER, gender == null ? null : gender.name())
        .append(SegmentFields.BIRTH_YEAR, birthYear)
        .append(SegmentFields.HONORARY, honorary)
        .append(SegmentFields.POSITION, position == null ? null : position.name())
        .append(SegmentFields.ERASED, false);
  }

  WriteModel<Document> open(String groupId, LocalDate from, String startKind, Document traits) {
    Document segment =
        new Document(SegmentFields.MEMBER_ID, memberId.value())
            .append(ReportingStore.BRANCH_ID, branchId.value())
            .append(SegmentFields.GROUP_ID, groupId)
            .append(SegmentFields.FROM, from.toString())
            // Explicit nulls: the year figures tell "still open" from a date.
            .append(SegmentFields.TO, null)
            .append(SegmentFields.START_KIND, startKind)
            .append(SegmentFields.END_KIND, null)
            .append(SegmentFields.DEPARTURE_REASON, null)
            .append(SegmentFields.OPEN_SEQ, seq);
    segment.putAll(traits);
    return SequencedWrites.inserted(branchId.value() + ':' + memberId.value() + ':' + seq, segment);
  }

  /** Only one segment is ever open; if several were, the member would leave them all. */
  WriteModel<Document> close(LocalDate to, String endKind, String departureReason) {
    return new UpdateManyModel<>(
        and(openedBefore(), eq(SegmentFields.TO, null)),
        Updates.combine(
            Updates.set(SegmentFields.TO, to.toString()),
            Updates.set(SegmentFields.END_KIND, endKind),
            Updates.set(SegmentFields.DEPARTURE_REASON, departureReason)));
  }

  /**
   * The member's corrected data on every segment this event follows (segments opened later copy it
   * from the one they follow). {@code correctedSeq} keeps an earlier correction delivered again
   * from undoing a later one already applied.
   */
  WriteModel<Document> correct(Gender gender, Integer birthYear) {
    return new UpdateManyModel<>(
        and(
            openedBefore(),
            or(exists(SegmentFields.CORRECTED_SEQ, false), lt(SegmentFields.CORRECTED_SEQ, seq))),
        Updates.combine(
            Updates.set(SegmentFields.GENDER, gender == null ? null : gender.name()),
            Updates.set(SegmentFields.BIRTH_YEAR, birthYear),
            Updates.set(SegmentFields.CORRECTED_SEQ, seq)));
  }

  /** Segments opened later copy the flag from the one they follow. */
  WriteModel<Document> erase() {
    return new UpdateManyModel<>(openedBefore(), Updates.set(SegmentFields.ERASED, true));
  }

  /** The member's segments in this branch that this event can only follow. */
  Bson openedBefore() {
    return and(
        eq(ReportingStore.BRANCH_ID, branchId.value()),
        eq(SegmentFields.MEMBER_ID, memberId.value()),
        lt(SegmentFields.OPEN_SEQ, seq));
  }
}
