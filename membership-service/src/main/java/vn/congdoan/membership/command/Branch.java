package vn.congdoan.membership.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import vn.congdoan.membership.api.AddGroupCommand;
import vn.congdoan.membership.api.BranchDissolvedEvent;
import vn.congdoan.membership.api.BranchRegisteredEvent;
import vn.congdoan.membership.api.GroupAddedEvent;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.GroupRenamedEvent;
import vn.congdoan.membership.api.MemberStatus;
import vn.congdoan.membership.api.RegisterBranchCommand;
import vn.congdoan.membership.api.RenameGroupCommand;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;

/**
 * A grassroots union: its groups, its members ({@link Roster}) and the facts of its year ({@link
 * BranchRecords}). Everything a branch records is one stream, so its rules — above all "nothing new
 * once dissolved" and "no member left behind by a dissolution" — are checked against one consistent
 * state.
 */
@Aggregate(cache = "branchCache")
public class Branch {
  @AggregateIdentifier private BranchId branchId;
  private String name;
  private String parentUnion;
  private Sector sector;
  private final Map<GroupId, String> groups = new LinkedHashMap<>();
  private LocalDate dissolvedOn;
  private String dissolutionReason;

  @AggregateMember private final Roster roster = new Roster(this);
  @AggregateMember private final Admissions admissions = new Admissions(this);
  @AggregateMember private final BranchRecords records = new BranchRecords(this);

  protected Branch() {}

  @CommandHandler
  public Branch(RegisterBranchCommand command) {
    apply(
        new BranchRegisteredEvent(
            command.branchId(), command.name(), command.parentUnion(), command.sector()));
  }

  @CommandHandler
  public void handle(AddGroupCommand command) {
    requireOpen();
    if (groups.containsKey(command.groupId())) {
      throw new ConflictException(
          Refusal.of("membership.group.exists", command.groupId(), branchId));
    }
    apply(new GroupAddedEvent(branchId, command.groupId(), command.name()));
  }

  @CommandHandler
  public void handle(RenameGroupCommand command) {
    requireOpen();
    String current = groups.get(command.groupId());
    if (current == null) {
      throw new NotFoundException(
          Refusal.of("membership.group.unknown", branchId, command.groupId()));
    }
    if (!current.equals(command.name())) {
      apply(new GroupRenamedEvent(branchId, command.groupId(), command.name()));
    }
  }

  /**
   * The members a dissolution on {@code effectiveOn} ends (see {@link WindUp}); refuses a branch
   * already dissolved. Called by {@link DissolutionHandler} before anything is recorded.
   */
  List<MemberState> membersToWindUp(LocalDate effectiveOn) {
    requireOpen();
    return WindUp.membersEndedOn(branchId, roster.all(), effectiveOn);
  }

  /** The last fact of the branch; its members' memberships must have been ended before. */
  void dissolve(LocalDate effectiveOn, String reason) {
    requireOpen();
    apply(new BranchDissolvedEvent(branchId, effectiveOn, reason));
  }

  /**
   * The group of this branch that receives a dissolved branch's members: {@code groupId} if named
   * (it must exist), else the one whose id is the dissolved branch's ({@link #addGroupIfAbsent}).
   */
  GroupId receivingGroup(GroupId groupId, BranchId dissolved) {
    if (groupId == null) {
      return new GroupId(dissolved.value());
    }
    requireGroup(groupId);
    return groupId;
  }

  void addGroupIfAbsent(GroupId groupId, String name) {
    requireOpen();
    if (!groups.containsKey(groupId)) {
      apply(new GroupAddedEvent(branchId, groupId, name));
    }
  }

  /**
   * A member whose own data is asked about here. A branch officer ({@code byFederation} false) may
   * ask only the branch the member belongs to now, while it is open; federation staff may ask any
   * branch that holds the member, a dissolved one too: personal data outlives the branch.
   */
  MemberState memberAskedFor(MemberId id, boolean byFederation, Refusal what) {
    MemberState m = roster.known(id);
    if (byFederation) {
      return m;
    }
    if (dissolvedOn != null) {
      throw new RuleViolationException(
          Refusal.of("membership.data.dissolved-branch", branchId, dissolvedOn, what));
    }
    if (m.status() == MemberStatus.TRANSFERRED_OUT) {
      throw new RuleViolationException(
          Refusal.of("membership.data.moved", id, m.transferredTo(), m.leftOn(), what));
    }
    return m;
  }

  /** Every new fact passes here first: a dissolved branch is read-only history. */
  void requireOpen() {
    if (dissolvedOn != null) {
      throw new RuleViolationException(
          Refusal.of("membership.branch.dissolved", branchId, dissolvedOn, dissolutionReason));
    }
  }

  /**
   * The group a roster file means by {@code idOrName}: its id, or the name officers know it by
   * (case and spacing aside). Refused when no group, or more than one, answers to it.
   */
  GroupId groupCalled(String idOrName) {
    GroupId asId = GroupId.ofNullable(idOrName);
    if (asId == null || groups.containsKey(asId)) {
      requireGroup(asId);
      return asId;
    }
    String wanted = plain(idOrName);
    List<GroupId> named =
        groups.entrySet().stream()
            .filter(g -> plain(g.getValue()).equals(wanted))
            .map(Map.Entry::getKey)
            .toList();
    if (named.size() != 1) {
      requireGroup(asId);
    }
    return named.get(0);
  }

  private static String plain(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC)
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  void requireGroup(GroupId groupId) {
    if (!groups.containsKey(groupId)) {
      throw new RuleViolationException(Refusal.of("membership.group.unknown", branchId, groupId));
    }
  }

  /** A copy of what the branch holds now, for reads that must agree with its rules. */
  public BranchView view() {
    return new BranchView(
        branchId,
        name,
        parentUnion,
        sector,
        new LinkedHashMap<>(groups),
        dissolvedOn,
        List.copyOf(roster.all()));
  }

  public BranchRecords records() {
    return records;
  }

  BranchId id() {
    return branchId;
  }

  String name() {
    return name;
  }

  Map<GroupId, String> groups() {
    return Collections.unmodifiableMap(groups);
  }

  Roster roster() {
    return roster;
  }

  LocalDate dissolvedOn() {
    return dissolvedOn;
  }

  @EventSourcingHandler
  void on(BranchRegisteredEvent event) {
    branchId = event.branchId();
    name = event.name();
    parentUnion = event.parentUnion();
    sector = event.sector();
  }

  @EventSourcingHandler
  void on(GroupAddedEvent event) {
    groups.put(event.groupId(), event.name());
  }

  @EventSourcingHandler
  void on(GroupRenamedEvent event) {
    groups.put(event.groupId(), event.name());
  }

  @EventSourcingHandler
  void on(BranchDissolvedEvent event) {
    dissolvedOn = event.effectiveOn();
    dissolutionReason = event.reason();
  }
}
