package vn.congdoan.welfare.projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.LocalDate;
import java.util.Objects;
import org.bson.Document;
import vn.congdoan.membership.api.Gender;

/**
 * The writes for one event of a branch's stream about one member. Only that stream writes the
 * document, in order, so every write is guarded by the sequence: an event the document has already
 * seen (its {@code seq} is not lower) matches nothing, and a redelivery changes nothing.
 */
final class MemberStayWrites {
  private final String branchId;
  private final String memberId;
  private final long seq;

  MemberStayWrites(String branchId, String memberId, long seq) {
    this.branchId = Objects.requireNonNull(branchId, "branch id");
    this.memberId = Objects.requireNonNull(memberId, "member id");
    this.seq = seq;
  }

  /**
   * Admission or transfer in: the member's first stay creates the document, a return opens another
   * period. If the document has seen this event, the upsert collides with it on {@code _id}: the
   * caller counts that as applied before.
   */
  WriteModel<Document> open(LocalDate from, Gender gender, boolean honorary) {
    Objects.requireNonNull(from, "start date");
    return new UpdateOneModel<>(
        and(eq("_id", id()), lt("seq", seq)),
        Updates.combine(
            Updates.set("memberId", memberId),
            Updates.set("branchId", branchId),
            // A transfer in brings the member's traits as they are now.
            Updates.set("gender", gender == null ? null : gender.name()),
            Updates.set("honorary", honorary),
            Updates.push("periods", new Document("from", from.toString()).append("to", null)),
            Updates.set("seq", seq)),
        new UpdateOptions().upsert(true));
  }

  /** Departure or transfer out: ends the open period; the member is not in the branch that day. */
  WriteModel<Document> close(LocalDate to) {
    Objects.requireNonNull(to, "end date");
    // A dotted equality rather than $elemMatch: the in-memory test server resolves "$" only so.
    return new UpdateOneModel<>(
        and(eq("_id", id()), lt("seq", seq), eq("periods.to", null)),
        Updates.combine(Updates.set("periods.$.to", to.toString()), Updates.set("seq", seq)));
  }

  /** A correction: the member's gender always was this one, in every period of the stay. */
  WriteModel<Document> correct(Gender gender) {
    return new UpdateOneModel<>(
        and(eq("_id", id()), lt("seq", seq)),
        Updates.combine(
            Updates.set("gender", gender == null ? null : gender.name()), Updates.set("seq", seq)));
  }

  private String id() {
    return MemberStays.id(branchId, memberId);
  }
}
