package vn.congdoan.membership.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import vn.congdoan.membership.api.AdmitMemberCommand;
import vn.congdoan.membership.api.BranchId;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.EraseMemberCommand;
import vn.congdoan.membership.api.ImportLine;
import vn.congdoan.membership.api.ImportMembersCommand;
import vn.congdoan.membership.api.ImportResult;
import vn.congdoan.membership.api.ImportResult.Rejection;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberErasedEvent;
import vn.congdoan.membership.api.MemberId;
import vn.congdoan.membership.api.MemberMovedToGroupEvent;
import vn.congdoan.membership.api.MemberTransferredInEvent;
import vn.congdoan.membership.api.MemberTransferredOutEvent;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.RecordDepartureCommand;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.RuleViolationException;

/** A branch's members, past and present, and the rules of their coming and going. */
public class Roster {
  private final Branch branch;
  private final Map<MemberId, MemberState> members = new LinkedHashMap<>();

  Roster(Branch branch) {
    this.branch = branch;
  }

  @CommandHandler
  public String handle(AdmitMemberCommand c, PersonalDataSealer sealer, MemberIdClaims claims) {
    branch.requireOpen();
    checkAdmission(c.memberId(), c.groupId(), c.personal(), c.joinedOn());
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
    Map<MemberId, ImportLine> valid = new LinkedHashMap<>();
    for (ImportLine line : c.lines()) {
      try {
        checkAdmission(line.memberId(), line.groupId(), line.personal(), line.joinedOn());
        valid.put(line.memberId(), line);
      } catch (RuleViolationException | ConflictException e) {
        rejected.add(new Rejection(line.line(), e.getMessage()));
      }
    }
    Map<MemberId, BranchId> wanted = new HashMap<>();
    valid.keySet().forEach(id -> wanted.put(id, branch.id()));
    Set<MemberId> taken = claims.claimAll(wanted);
    taken.forEach(
        id ->
            rejected.add(
                new Rejection(valid.remove(id).line(), "member id " + id + " is already in use")));
    Map<MemberId, PersonalData> personal = new HashMap<>();
    valid.forEach((id, line) -> personal.put(id, line.personal()));
    var sealed = sealer.sealAll(personal);
    valid.forEach(
        (id, l) ->
            apply(
                new MemberAdmittedEvent(
                    id,
                    branch.id(),
                    l.groupId(),
                    sealed.get(id),
                    l.gender(),
                    birthYear(l.personal()),
                    l.joinedOn(),
                    l.position(),
                    l.honorary())));
    rejected.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return new ImportResult(valid.size(), rejected);
  }

  @CommandHandler
  public void handle(RecordDepartureCommand c) {
    branch.requireOpen();
    if (c.reason() == DepartureReason.BRANCH_DISSOLVED) {
      throw new RuleViolationException(
          "Departure reason BRANCH_DISSOLVED is recorded only by the branch's dissolution");
    }
    MemberState m = active(c.memberId(), "leave", c.effectiveOn());
    apply(new MemberDepartedEvent(m.memberId(), branch.id(), c.reason(), c.effectiveOn()));
  }

  @CommandHandler
  public void handle(EraseMemberCommand c, PersonalDataSealer sealer) {
    MemberState m = known(c.memberId());
    // The key goes first: if the event were recorded and the deletion then failed, the history
    // would claim an erasure that did not happen. A retry finds the key gone and records the event.
    sealer.erase(m.memberId());
    if (!m.erased()) {
      apply(new MemberErasedEvent(m.memberId(), branch.id()));
    }
  }

  /** Moves a member to another group of this branch (called by {@link TransferHandler}). */
  void moveToGroup(MemberId id, String toGroupId, LocalDate effectiveOn) {
    branch.requireOpen();
    MemberState m = active(id, "move", effectiveOn);
    branch.requireGroup(toGroupId);
    if (m.groupId().equals(toGroupId)) {
      throw new RuleViolationException("Member " + id + " is already in group " + toGroupId);
    }
    apply(new MemberMovedToGroupEvent(id, branch.id(), m.groupId(), toGroupId, effectiveOn));
  }

  /** The member leaves for {@code to}; returns what the other branch needs to know of them. */
  MemberState transferOut(MemberId id, BranchId to, LocalDate effectiveOn) {
    branch.requireOpen();
    MemberState m = active(id, "transfer", effectiveOn);
    apply(new MemberTransferredOutEvent(id, branch.id(), to, effectiveOn));
    return m;
  }

  void checkTransferIn(MemberId id, String groupId) {
    branch.requireOpen();
    branch.requireGroup(groupId);
    checkArrival(id);
  }

  /** A member can arrive unless they are a member here already. */
  void checkArrival(MemberId id) {
    MemberState m = members.get(id);
    if (m != null && m.active()) {
      throw new ConflictException("Member " + id + " is already in branch " + branch.id());
    }
  }

  void transferIn(MemberState m, BranchId from, String groupId, LocalDate effectiveOn) {
    checkTransferIn(m.memberId(), groupId);
    apply(
        new MemberTransferredInEvent(
            m.memberId(),
            branch.id(),
            from,
            groupId,
            m.personal(),
            m.gender(),
            m.birthYear(),
            m.firstJoinedOn(),
            m.position(),
            m.honorary(),
            effectiveOn));
  }

  /** Ends the memberships a dissolution winds up when no branch receives the members. */
  void departWithBranch(List<MemberState> wound, LocalDate effectiveOn) {
    wound.forEach(
        m ->
            apply(
                new MemberDepartedEvent(
                    m.memberId(), branch.id(), DepartureReason.BRANCH_DISSOLVED, effectiveOn)));
  }

  /** A member named in a request body: unknown here is a refused rule, not a missing page. */
  MemberState referenced(MemberId id) {
    MemberState m = members.get(id);
    if (m == null) {
      throw new RuleViolationException("Branch " + branch.id() + " has no member " + id);
    }
    return m;
  }

  /** A member who can still be rated: known here and not gone. */
  MemberState current(MemberId id, String action) {
    MemberState m = referenced(id);
    if (!m.active()) {
      throw new RuleViolationException(
          "Member "
              + id
              + " left branch "
              + branch.id()
              + " on "
              + m.leftOn()
              + " and cannot "
              + action
              + " any more");
    }
    return m;
  }

  MemberState known(MemberId id) {
    MemberState m = members.get(id);
    if (m == null) {
      throw new NotFoundException("Member " + id + " not found in branch " + branch.id());
    }
    return m;
  }

  Collection<MemberState> all() {
    return Collections.unmodifiableCollection(members.values());
  }

  private MemberState active(MemberId id, String action, LocalDate effectiveOn) {
    MemberState m = members.get(id);
    if (m == null) {
      throw new NotFoundException("Member " + id + " not found in branch " + branch.id());
    }
    if (!m.active()) {
      throw new RuleViolationException("Member " + id + " already left on " + m.leftOn());
    }
    if (effectiveOn.isBefore(m.since())) {
      throw new RuleViolationException(
          "Member "
              + id
              + " cannot "
              + action
              + " on "
              + effectiveOn
              + ", before joining on "
              + m.since());
    }
    return m;
  }

  private void checkAdmission(
      MemberId id, String groupId, PersonalData personal, LocalDate joinedOn) {
    if (members.containsKey(id)) {
      throw new ConflictException("Member " + id + " is already in branch " + branch.id());
    }
    branch.requireGroup(groupId);
    if (personal.dateOfBirth() != null && joinedOn.isBefore(personal.dateOfBirth())) {
      throw new RuleViolationException(
          "Member "
              + id
              + " cannot join on "
              + joinedOn
              + ", before being born on "
              + personal.dateOfBirth());
    }
  }

  private static Integer birthYear(PersonalData personal) {
    return personal.dateOfBirth() == null ? null : personal.dateOfBirth().getYear();
  }

  @EventSourcingHandler
  void on(MemberAdmittedEvent e) {
    members.put(
        e.memberId(),
        MemberState.joined(
            e.memberId(),
            e.groupId(),
            e.personal(),
            e.gender(),
            e.birthYear(),
            e.joinedOn(),
            e.joinedOn(),
            e.position(),
            e.honorary()));
  }

  @EventSourcingHandler
  void on(MemberTransferredInEvent e) {
    members.put(
        e.memberId(),
        MemberState.joined(
            e.memberId(),
            e.groupId(),
            e.personal(),
            e.gender(),
            e.birthYear(),
            e.firstJoinedOn(),
            e.effectiveOn(),
            e.position(),
            e.honorary()));
  }

  @EventSourcingHandler
  void on(MemberMovedToGroupEvent e) {
    members.computeIfPresent(e.memberId(), (id, m) -> m.inGroup(e.toGroupId()));
  }

  @EventSourcingHandler
  void on(MemberDepartedEvent e) {
    members.computeIfPresent(e.memberId(), (id, m) -> m.departed(e.reason(), e.effectiveOn()));
  }

  @EventSourcingHandler
  void on(MemberTransferredOutEvent e) {
    members.computeIfPresent(
        e.memberId(), (id, m) -> m.transferredOut(e.toBranchId().value(), e.effectiveOn()));
  }

  @EventSourcingHandler
  void on(MemberErasedEvent e) {
    members.computeIfPresent(e.memberId(), (id, m) -> m.erasedNow());
  }
}
