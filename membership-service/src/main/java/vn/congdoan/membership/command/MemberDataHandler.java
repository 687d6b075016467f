package vn.congdoan.membership.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.congdoan.membership.api.CorrectMemberDataCommand;
import vn.congdoan.membership.api.EraseMemberCommand;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.SealedPersonalData;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;

/**
 * Erasures and corrections of a member's own data. Every branch whose stream holds the member —
 * found by following their transfers both ways — records the fact in its own stream, in one unit of
 * work, so each branch's roster and figures agree about the person. Dissolved branches record it
 * too: it is a fact about the person, not a new fact of the branch.
 */
@Component
public class MemberDataHandler {
  private final Repository<Branch> branches;
  private final PersonalDataSealer sealer;

  public MemberDataHandler(Repository<Branch> branches, PersonalDataSealer sealer) {
    this.branches = branches;
    this.sealer = sealer;
  }

  @CommandHandler
  public void handle(EraseMemberCommand c) {
    Aggregate<Branch> asked = branches.load(c.branchId().value());
    asked.invoke(
        b ->
            b.memberAskedFor(
                c.memberId(), c.byFederation(), Refusal.of("membership.data.erasure")));
    List<Aggregate<Branch>> holders = holders(asked, c.memberId());
    // The key goes first: if the events were recorded and the deletion then failed, the history
    // would claim an erasure that did not happen. A retry finds the key gone and records the
    // events.
    sealer.erase(c.memberId());
    holders.forEach(h -> h.execute(b -> b.roster().recordErasure(c.memberId())));
  }

  @CommandHandler
  public void handle(CorrectMemberDataCommand c) {
    MemberId id = c.memberId();
    Aggregate<Branch> asked = branches.load(c.branchId().value());
    MemberState m =
        asked.invoke(
            b -> b.memberAskedFor(id, c.byFederation(), Refusal.of("membership.data.correction")));
    PersonalData current =
        m.erased() || m.personal() == null
            ? null
            : sealer.openAll(Map.of(id, m.personal())).get(id);
    if (current == null) {
      throw new RuleViolationException(Refusal.of("membership.member.erased", id));
    }
    PersonalData corrected =
        new PersonalData(
            or(c.fullName(), current.fullName()),
            or(c.dateOfBirth(), current.dateOfBirth()),
            or(c.phone(), current.phone()),
            or(c.email(), current.email()));
    JoiningAge.check(id, corrected.dateOfBirth(), m.firstJoinedOn());
    Gender gender = or(c.gender(), m.gender());
    Integer birthYear =
        corrected.dateOfBirth() == null ? m.birthYear() : corrected.dateOfBirth().getYear();
    List<Aggregate<Branch>> holders = holders(asked, id);
    SealedPersonalData sealed = sealer.seal(id, corrected);
    holders.forEach(
        h ->
            h.execute(b -> b.roster().recordCorrection(id, sealed, gender, birthYear, c.reason())));
  }

  /** The asked branch, then every branch linked to one already found, each once. */
  private List<Aggregate<Branch>> holders(Aggregate<Branch> asked, MemberId id) {
    List<Aggregate<Branch>> found = new ArrayList<>(List.of(asked));
    Set<String> seen = new HashSet<>(Set.of(asked.identifierAsString()));
    for (int i = 0; i < found.size(); i++) {
      List<BranchId> linked = found.get(i).invoke(b -> b.roster().known(id).linkedBranches());
      for (BranchId other : linked) {
        if (seen.add(other.value())) {
          found.add(branches.load(other.value()));
        }
      }
    }
    return found;
  }

  private static <T> T or(T given, T current) {
    return given == null ? current : given;
  }
}
