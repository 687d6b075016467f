package vn.congdoan.membership.query;

import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.RosterEntry;
import vn.congdoan.membership.command.MemberState;

/** A roster line from a member's state and, unless erased, their opened personal data. */
final class RosterEntries {
  private RosterEntries() {}

  static RosterEntry of(MemberState m, String groupName, PersonalData personal) {
    boolean erased = personal == null;
    return new RosterEntry(
        m.memberId(),
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
