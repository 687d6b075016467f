package vn.congdoan.membership.query;

import java.time.LocalDate;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.Position;
import vn.congdoan.membership.command.MemberState;

/**
 * One line of the roster. {@code erased} is true when the member's key is gone; their personal
 * fields are then null everywhere, while what the reports count by remains.
 */
public record RosterEntry(
    String memberId,
    String fullName,
    LocalDate dateOfBirth,
    String phone,
    String email,
    boolean erased,
    Gender gender,
    Integer birthYear,
    String groupId,
    String groupName,
    Position position,
    boolean honorary,
    MemberState.Status status,
    LocalDate firstJoinedOn,
    LocalDate since,
    LocalDate leftOn,
    DepartureReason departureReason,
    String transferredTo) {

  static RosterEntry of(MemberState m, String groupName, PersonalData personal) {
    boolean erased = personal == null;
    return new RosterEntry(
        m.memberId().value(),
        erased ? null : personal.fullName(),
        erased ? null : personal.dateOfBirth(),
        erased ? null : personal.phone(),
        erased ? null : personal.email(),
        erased,
        m.gender(),
        m.birthYear(),
        m.groupId(),
        groupName,
        m.position(),
        m.honorary(),
        m.status(),
        m.firstJoinedOn(),
        m.since(),
        m.leftOn(),
        m.departureReason(),
        m.transferredTo());
  }
}
