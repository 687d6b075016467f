package vn.congdoan.membership.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberDataCorrectedEvent;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberErasedEvent;
import vn.congdoan.membership.api.MemberMovedToGroupEvent;
import vn.congdoan.membership.api.MemberTransferredInEvent;
import vn.congdoan.membership.api.MemberTransferredOutEvent;
import vn.congdoan.membership.api.RecordDepartureCommand;
import vn.congdoan.membership.api.SealedPersonalData;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;

/**
 * A branch's members, past and present, and the rules of their coming and going; admissions are
 * {@link Admissions}'.
 */
public class Roster {
  private final Branch branch;
  private final Map<MemberId, MemberState> members = new LinkedHashMap<>();

  Roster(Branch branch) {
    this.branch = branch;
  }

  @CommandHandler
  public void handle(RecordDepartureCommand c) {
    branch.requireOpen();
    if (c.reason() == DepartureReason.BRANCH_DISSOLVED) {
      throw new RuleViolationException(Refusal.of("membership.departure.dissolved-reason-rule"));
    }
    MemberState m = active(c.memberId(), Refusal.of("membership.action.leave"), c.effectiveOn());
    apply(new MemberDepartedEvent(m.memberId(), branch.id(), c.reason(), c.effectiveOn()));
  }

  /** Moves a member to another group of this branch (called by {@link TransferHandler}). */
  void moveToGroup(MemberId id, GroupId toGroupId, LocalDate effectiveOn) {
    branch.requireOpen();
    MemberState m = active(id, Refusal.of("membership.action.move"), effectiveOn);
    branch.requireGroup(toGroupId);
    if (m.groupId().equals(toGroupId)) {
      throw new RuleViolationException(
          Refusal.of("membership.member.already-in-group", id, toGroupId));
    }
    apply(new MemberMovedToGroupEvent(id, branch.id(), m.groupId(), toGroupId, effectiveOn));
  }

  /** Refuses a transfer out this branch would not record, before anything is applied. */
  void checkTransferOut(MemberId id, LocalDate effectiveOn) {
    branch.requireOpen();
    active(id, Refusal.of("membership.action.transfer"), effectiveOn);
  }

  /** The member leaves for {@code to}; returns what the other branch needs to know of them. */
  MemberState transferOut(MemberId id, BranchId to, LocalDate effectiveOn) {
    branch.requireOpen();
    MemberState m = active(id, Refusal.of("membership.action.transfer"), effectiveOn);
    apply(new MemberTransferredOutEvent(id, branch.id(), to, effectiveOn));
    return m;
  }

  void checkTransferIn(MemberId id, GroupId groupId) {
    branch.requireOpen();
    branch.requireGroup(groupId);
    checkArrival(id);
  }

  /** A member can arrive unless they are a member here already. */
  void checkArrival(MemberId id) {
    MemberState m = members.get(id);
    if (m != null && m.active()) {
      throw new ConflictException(
          Refusal.of("membership.member.already-in-branch", id, branch.id()));
    }
  }

  void transferIn(MemberState m, BranchId from, GroupId groupId, LocalDate effectiveOn) {
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
    if (m.erased()) {
      // Erased before the move: this branch's history must say so too, as the others' do.
      apply(new MemberErasedEvent(m.memberId(), branch.id()));
    }
  }

  /** Ends the memberships a dissolution winds up when no branch receives the members. */
  void departWithBranch(List<MemberState> wound, LocalDate effectiveOn) {
    wound.forEach(
        m ->
            apply(
                new MemberDepartedEvent(
                    m.memberId(), branch.id(), DepartureReason.BRANCH_DISSOLVED, effectiveOn)));
  }

  /** Records the erasure here, unless it was recorded before. The key is gone already. */
  void recordErasure(MemberId id) {
    MemberState m = members.get(id);
    if (m != null && !m.erased()) {
      apply(new MemberErasedEvent(id, branch.id()));
    }
  }

  void recordCorrection(
      MemberId id, SealedPersonalData personal, Gender gender, Integer birthYear, String reason) {
    if (members.containsKey(id)) {
      apply(new MemberDataCorrectedEvent(id, branch.id(), personal, gender, birthYear, reason));
    }
  }

  boolean holds(MemberId id) {
    return members.containsKey(id);
  }

  /** A member named in a request body: unknown here is a refused rule, not a missing page. */
  MemberState referenced(MemberId id) {
    MemberState m = members.get(id);
    if (m == null) {
      throw new RuleViolationException(
          Refusal.of("membership.member.unknown-in-branch", branch.id(), id));
    }
    return m;
  }

  /** A member who can still be rated: known here and not gone. */
  MemberState current(MemberId id, Refusal action) {
    MemberState m = referenced(id);
    if (!m.active()) {
      throw new RuleViolationException(
          Refusal.of("membership.member.left-cannot", id, branch.id(), m.leftOn(), action));
    }
    return m;
  }

  MemberState known(MemberId id) {
    MemberState m = members.get(id);
    if (m == null) {
      throw new NotFoundException(Refusal.of("membership.member.not-found", id, branch.id()));
    }
    return m;
  }

  Collection<MemberState> all() {
    return Collections.unmodifiableCollection(members.values());
  }

  private MemberState active(MemberId id, Refusal action, LocalDate effectiveOn) {
    MemberState m = known(id);
    if (!m.active()) {
      throw new RuleViolationException(
          Refusal.of("membership.member.already-left", id, m.leftOn()));
    }
    if (effectiveOn.isBefore(m.since())) {
      throw new RuleViolationException(
          Refusal.of("membership.member.before-joining", id, action, effectiveOn, m.since()));
    }
    return m;
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
    MemberState arrived =
        MemberState.joined(
            e.memberId(),
            e.groupId(),
            e.personal(),
            e.gender(),
            e.birthYear(),
            e.firstJoinedOn(),
            e.effectiveOn(),
            e.position(),
            e.honorary());
    members.put(
        e.memberId(), arrived.after(members.get(e.memberId())).linkedWith(e.fromBranchId()));
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
        e.memberId(), (id, m) -> m.transferredOut(e.toBranchId(), e.effectiveOn()));
  }

  @EventSourcingHandler
  void on(MemberDataCorrectedEvent e) {
    members.computeIfPresent(
        e.memberId(), (id, m) -> m.corrected(e.personal(), e.gender(), e.birthYear()));
  }

  @EventSourcingHandler
  void on(MemberErasedEvent e) {
    members.computeIfPresent(e.memberId(), (id, m) -> m.erasedNow());
  }
}
