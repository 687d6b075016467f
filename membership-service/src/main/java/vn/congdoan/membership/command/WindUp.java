package vn.congdoan.membership.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.congdoan.membership.api.BranchId;
import vn.congdoan.platform.api.RuleViolationException;

/**
 * Which memberships a dissolution ends. A member on the roll on the effective date is wound up with
 * the branch. One whose stay already has an end recorded after that date, or who joins only after
 * it, was decided otherwise by someone: the dissolution must not silently overrule that, so it is
 * refused with those members named.
 */
final class WindUp {
  /** Enough to act on; the rest are counted. */
  private static final int LISTED = 20;

  private WindUp() {}

  static List<MemberState> membersEndedOn(
      BranchId branch, Collection<MemberState> members, LocalDate effectiveOn) {
    List<MemberState> ended = new ArrayList<>();
    List<String> undecided = new ArrayList<>();
    for (MemberState m : members) {
      if (m.leftOn() != null && !m.leftOn().isAfter(effectiveOn)) {
        continue;
      }
      if (m.leftOn() != null) {
        undecided.add(m.memberId() + " " + leaving(m) + " on " + m.leftOn());
      } else if (m.since().isAfter(effectiveOn)) {
        undecided.add(m.memberId() + " joins on " + m.since());
      } else {
        ended.add(m);
      }
    }
    if (!undecided.isEmpty()) {
      throw new RuleViolationException(
          "Branch "
              + branch
              + " cannot be dissolved on "
              + effectiveOn
              + ": "
              + undecided.size()
              + " member(s) have a change of their own recorded after that date, which the"
              + " dissolution would overrule: "
              + String.join("; ", undecided.subList(0, Math.min(LISTED, undecided.size())))
              + (undecided.size() > LISTED
                  ? "; and " + (undecided.size() - LISTED) + " more"
                  : ""));
    }
    return ended;
  }

  private static String leaving(MemberState m) {
    return m.status() == MemberState.Status.TRANSFERRED_OUT
        ? "is transferred to branch " + m.transferredTo()
        : "leaves (" + m.departureReason() + ")";
  }
}
