package vn.congdoan.welfare.projection;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.welfare.command.MemberDirectory;

/**
 * The directory as {@link MemberStays} holds it. "A member on day D" is one rule, {@link
 * #memberOn}, asked of the store for a single member as for a whole branch.
 */
public class MongoMemberDirectory implements MemberDirectory {
  private final MemberStays stays;

  public MongoMemberDirectory(MemberStays stays) {
    this.stays = stays;
  }

  @Override
  public Optional<Refusal> problem(BranchId branchId, MemberId memberId, LocalDate on) {
    Bson stay = eq("_id", MemberStays.id(branchId.value(), memberId.value()));
    if (stays.collection().find(and(stay, memberOn(on))).first() != null) {
      return Optional.empty();
    }
    // Only a refusal pays for the second look, which tells the two refusals apart.
    if (stays.collection().find(stay).first() == null) {
      return Optional.of(Refusal.of("welfare.member.not-in-branch", memberId, branchId));
    }
    return Optional.of(Refusal.of("welfare.member.not-on-day", memberId, branchId, on));
  }

  @Override
  public List<String> activeMembers(String branchId, LocalDate on) {
    return memberIds(and(eq("branchId", branchId), memberOn(on)));
  }

  @Override
  public List<String> activeWomen(String branchId, LocalDate on) {
    return memberIds(
        and(eq("branchId", branchId), eq("gender", Gender.FEMALE.name()), memberOn(on)));
  }

  /** Some period began on or before the day and had not ended by it: leaving on D ends D. */
  private static Bson memberOn(LocalDate day) {
    String d = day.toString();
    return elemMatch("periods", and(lte("from", d), or(eq("to", null), gt("to", d))));
  }

  private List<String> memberIds(Bson filter) {
    return stays
        .collection()
        .find(filter)
        .projection(Projections.include("memberId"))
        .sort(Sorts.ascending("memberId"))
        .map(d -> d.getString("memberId"))
        .into(new ArrayList<>());
  }
}
