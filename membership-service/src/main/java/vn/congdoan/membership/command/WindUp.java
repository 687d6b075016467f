package vn.congdoan.membership.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.congdoan.membership.api.MemberStatus;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.Refusal;
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
    List<Refusal> undecided = new ArrayList<>();
    for (MemberState m : members) {
      if (m.leftOn() != null && !m.leftOn().isAfter(effectiveOn)) {
        continue;
      }
      if (m.leftOn() != null) {
        undecided.add(leaving(m));
      } else if (m.since().isAfter(effectiveOn)) {
        undecided.add(Refusal.of("membership.windup.joins", m.memberId(), m.since()));
      } else {
        ended.add(m);
      }
    }
    if (!undecided.isEmpty()) {
      throw new RuleViolationException(
          Refusal.of(
              "membership.windup.overruled",
              branch,
              effectiveOn,
              undecided.size(),
              Refusal.all(undecided.subList(0, Math.min(LISTED, undecided.size()))),
              undecided.size() > LISTED
                  ? Refusal.of("membership.windup.more", undecided.size() - LISTED)
                  : Refusal.all(List.of())));
    }
    return ended;
  }

  private static Refusal leaving(MemberState m) {
    return m.status() == MemberStatus.TRANSFERRED_OUT
        ? Refusal.of("membership.windup.transferred", m.memberId(), m.transferredTo(), m.leftOn())
        : Refusal.of("membership.windup.leaves", m.memberId(), m.departureReason(), m.leftOn());
  }
}
