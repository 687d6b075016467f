package vn.congdoan.membership.command;

import java.time.LocalDate;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.MemberId;
import vn.congdoan.membership.api.Position;
import vn.congdoan.membership.api.SealedPersonalData;

/**
 * What a branch knows of one of its members, now or in the past. {@code since} is when the current
 * stay in this branch began; {@code leftOn} when it ended (departure or transfer out).
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
        false);
  }

  boolean active() {
    return status == Status.ACTIVE;
  }

  /** On this branch's roll on {@code day}: the current stay began by then and ends only after. */
  public boolean onRollOn(LocalDate day) {
    return !since.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
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
        erased);
  }

  MemberState departed(DepartureReason reason, LocalDate on) {
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
        Status.DEPARTED,
        on,
        reason,
        null,
        erased);
  }

  MemberState transferredOut(String toBranch, LocalDate on) {
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
        Status.TRANSFERRED_OUT,
        on,
        null,
        toBranch,
        erased);
  }

  MemberState erasedNow() {
    return new MemberState(
        memberId,
        groupId,
        null,
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
        true);
  }
}
