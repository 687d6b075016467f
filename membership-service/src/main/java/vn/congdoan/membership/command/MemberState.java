package vn.congdoan.membership.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.MemberStatus;
import vn.congdoan.membership.api.Position;
import vn.congdoan.membership.api.SealedPersonalData;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;

/**
 * What a branch knows of one of its members, now or in the past. {@code since} is when the current
 * stay in this branch began; {@code leftOn} when it ended (departure or transfer out). {@code
 * linkedBranches}: every other branch this branch's stream received the member from or sent them
 * to, in the order first named — where else their history is kept, which erasures and corrections
 * follow.
 */
public record MemberState(
    MemberId memberId,
    GroupId groupId,
    SealedPersonalData personal,
    Gender gender,
    Integer birthYear,
    LocalDate firstJoinedOn,
    LocalDate since,
    Position position,
    boolean honorary,
    MemberStatus status,
    LocalDate leftOn,
    DepartureReason departureReason,
    BranchId transferredTo,
    List<BranchId> linkedBranches,
    boolean erased) {

  static MemberState joined(
      MemberId id,
      GroupId groupId,
      SealedPersonalData personal,
      Gender gender,
      Integer birthYear,
      LocalDate firstJoinedOn,
      LocalDate since,
      Position position,
      boolean honorary) {
    return new MemberState(
        id,
        groupId,
        personal,
        gender,
        birthYear,
        firstJoinedOn,
        since,
        position,
        honorary,
        MemberStatus.ACTIVE,
        null,
        null,
        null,
        List.of(),
        false);
  }

  boolean active() {
    return status == MemberStatus.ACTIVE;
  }

  /** On this branch's roll on {@code day}: the current stay began by then and ends only after. */
  public boolean onRollOn(LocalDate day) {
    return !since.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
  }

  /** A new stay keeps the links an earlier stay here made. */
  MemberState after(MemberState earlier) {
    return earlier == null ? this : withLinks(earlier.linkedBranches);
  }

  MemberState linkedWith(BranchId other) {
    if (linkedBranches.contains(other)) {
      return this;
    }
    List<BranchId> linked = new ArrayList<>(linkedBranches);
    linked.add(other);
    return withLinks(List.copyOf(linked));
  }

  MemberState inGroup(GroupId group) {
    var next = new Change(this);
    next.groupId = group;
    return next.state();
  }

  MemberState departed(DepartureReason reason, LocalDate on) {
    return ended(MemberStatus.DEPARTED, on, reason, null);
  }

  MemberState transferredOut(BranchId toBranch, LocalDate on) {
    return linkedWith(toBranch).ended(MemberStatus.TRANSFERRED_OUT, on, null, toBranch);
  }

  MemberState corrected(SealedPersonalData data, Gender correctGender, Integer correctBirthYear) {
    return withPerson(data, correctGender, correctBirthYear, erased);
  }

  MemberState erasedNow() {
    return withPerson(null, gender, birthYear, true);
  }

  /** The same membership, with what is known of the person themselves. */
  private MemberState withPerson(
      SealedPersonalData data, Gender newGender, Integer newBirthYear, boolean isErased) {
    var next = new Change(this);
    next.personal = data;
    next.gender = newGender;
    next.birthYear = newBirthYear;
    next.erased = isErased;
    return next.state();
  }

  private MemberState ended(
      MemberStatus newStatus, LocalDate on, DepartureReason reason, BranchId toBranch) {
    var next = new Change(this);
    next.status = newStatus;
    next.leftOn = on;
    next.departureReason = reason;
    next.transferredTo = toBranch;
    return next.state();
  }

  private MemberState withLinks(List<BranchId> linked) {
    var next = new Change(this);
    next.linkedBranches = linked;
    return next.state();
  }

  /**
   * A copy of a state with some of its parts changed: the one place besides the record itself that
   * lists them all, so that each change above names only what it changes.
   */
  private static final class Change {
    private final MemberId memberId;
    private GroupId groupId;
    private SealedPersonalData personal;
    private Gender gender;
    private Integer birthYear;
    private final LocalDate firstJoinedOn;
    private final LocalDate since;
    private final Position position;
    private final boolean honorary;
    private MemberStatus status;
    private LocalDate leftOn;
    private DepartureReason departureReason;
    private BranchId transferredTo;
    private List<BranchId> linkedBranches;
    private boolean erased;

    Change(MemberState s) {
      memberId = s.memberId;
      groupId = s.groupId;
      personal = s.personal;
      gender = s.gender;
      birthYear = s.birthYear;
      firstJoinedOn = s.firstJoinedOn;
      since = s.since;
      position = s.position;
      honorary = s.honorary;
      status = s.status;
      leftOn = s.leftOn;
      departureReason = s.departureReason;
      transferredTo = s.transferredTo;
      linkedBranches = s.linkedBranches;
      erased = s.erased;
    }

    MemberState state() {
      return new MemberState(
          memberId,
          groupId,
          personal,
          gender,
          birthYear,
          firstJoinedOn,
          since,
          position,
          honorary,
          status,
          leftOn,
          departureReason,
          transferredTo,
          linkedBranches,
          erased);
    }
  }
}
