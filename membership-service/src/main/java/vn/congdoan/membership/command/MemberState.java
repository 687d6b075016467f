package vn.congdoan.membership.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.congdoan.membership.api.BranchId;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.MemberId;
import vn.congdoan.membership.api.Position;
import vn.congdoan.membership.api.SealedPersonalData;

/**
 * What a branch knows of one of its members, now or in the past. {@code since} is when the current
 * stay in this branch began; {@code leftOn} when it ended (departure or transfer out). {@code
 * linkedBranches}: every other branch this branch's stream received the member from or sent them
 * to, in the order first named — where else their history is kept, which erasures and corrections
 * follow.
 */
public record MemberState(
    MemberId memberId,
    String groupId,
    SealedPersonalData personal,
    Gender gender,
    Integer birthYear,
    LocalDate firstJoinedOn,
    LocalDate since,
    Position position,
    boolean honorary,
    Status status,
    LocalDate leftOn,
    DepartureReason departureReason,
    String transferredTo,
    List<BranchId> linkedBranches,
    boolean erased) {

  public enum Status {
    ACTIVE,
    DEPARTED,
    TRANSFERRED_OUT
  }

  static MemberState joined(
      MemberId id,
      String groupId,
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
        Status.ACTIVE,
        null,
        null,
        null,
        List.of(),
        false);
  }

  boolean active() {
    return status == Status.ACTIVE;
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

  MemberState inGroup(String group) {
    return new MemberState(
        memberId,
        group,
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

  MemberState departed(DepartureReason reason, LocalDate on) {
    return ended(Status.DEPARTED, on, reason, null);
  }

  MemberState transferredOut(BranchId toBranch, LocalDate on) {
    return linkedWith(toBranch).ended(Status.TRANSFERRED_OUT, on, null, toBranch.value());
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
    return new MemberState(
        memberId,
        groupId,
        data,
        newGender,
        newBirthYear,
        firstJoinedOn,
        since,
        position,
        honorary,
        status,
        leftOn,
        departureReason,
        transferredTo,
        linkedBranches,
        isErased);
  }

  private MemberState ended(
      Status newStatus, LocalDate on, DepartureReason reason, String toBranch) {
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
        newStatus,
        on,
        reason,
        toBranch,
        linkedBranches,
        erased);
  }

  private MemberState withLinks(List<BranchId> linked) {
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
        linked,
        erased);
  }
}
