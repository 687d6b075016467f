package vn.congdoan.membership.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import vn.congdoan.membership.api.AdmitMemberCommand;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.ImportLine;
import vn.congdoan.membership.api.ImportMembersCommand;
import vn.congdoan.membership.api.ImportResult;
import vn.congdoan.membership.api.ImportResult.Rejection;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;

/**
 * Admissions (kết nạp), one at a time or from a roster file: the member's id is claimed across the
 * province and their personal data sealed with their own key before the event is recorded. What
 * follows an admission is the {@link Roster}'s.
 */
public class Admissions {
  private final Branch branch;

  Admissions(Branch branch) {
    this.branch = branch;
  }

  @CommandHandler
  public String handle(AdmitMemberCommand c, PersonalDataSealer sealer, MemberIdClaims claims) {
    branch.requireOpen();
    check(c.memberId(), c.groupId(), c.personal(), c.joinedOn());
    claims.claim(c.memberId(), branch.id());
    apply(
        new MemberAdmittedEvent(
            c.memberId(),
            branch.id(),
            c.groupId(),
            sealer.seal(c.memberId(), c.personal()),
            c.gender(),
            birthYear(c.personal()),
            c.joinedOn(),
            c.position(),
            c.honorary()));
    return c.memberId().value();
  }

  @CommandHandler
  public ImportResult handle(
      ImportMembersCommand c, PersonalDataSealer sealer, MemberIdClaims claims) {
    branch.requireOpen();
    List<Rejection> rejected = new ArrayList<>();
    Map<MemberId, Placed> valid = new LinkedHashMap<>();
    for (ImportLine line : c.lines()) {
      try {
        GroupId group = branch.groupCalled(line.groupId());
        check(line.memberId(), group, line.personal(), line.joinedOn());
        valid.put(line.memberId(), new Placed(line, group));
      } catch (RuleViolationException | ConflictException e) {
        rejected.add(
            e.refusal()
                .map(r -> Rejection.of(line.line(), r))
                .orElseGet(() -> new Rejection(line.line(), e.getMessage())));
      }
    }
    Map<MemberId, BranchId> wanted = new HashMap<>();
    valid.keySet().forEach(id -> wanted.put(id, branch.id()));
    Set<MemberId> taken = claims.claimAll(wanted);
    taken.forEach(
        id ->
            rejected.add(
                Rejection.of(
                    valid.remove(id).line().line(), Refusal.of("membership.member.id-taken", id))));
    Map<MemberId, PersonalData> personal = new HashMap<>();
    valid.forEach((id, placed) -> personal.put(id, placed.line().personal()));
    var sealed = sealer.sealAll(personal);
    valid.forEach(
        (id, placed) -> {
          ImportLine l = placed.line();
          apply(
              new MemberAdmittedEvent(
                  id,
                  branch.id(),
                  placed.group(),
                  sealed.get(id),
                  l.gender(),
                  birthYear(l.personal()),
                  l.joinedOn(),
                  l.position(),
                  l.honorary()));
        });
    rejected.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return new ImportResult(valid.size(), rejected);
  }

  /** A roster line that passed, with the group its file named resolved to the group's id. */
  private record Placed(ImportLine line, GroupId group) {}

  private void check(MemberId id, GroupId groupId, PersonalData personal, LocalDate joinedOn) {
    if (branch.roster().holds(id)) {
      throw new ConflictException(
          Refusal.of("membership.member.already-in-branch", id, branch.id()));
    }
    branch.requireGroup(groupId);
    JoiningAge.check(id, personal.dateOfBirth(), joinedOn);
  }

  static Integer birthYear(PersonalData personal) {
    return personal.dateOfBirth() == null ? null : personal.dateOfBirth().getYear();
  }
}
