package vn.congdoan.finance.command;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;

/** What finance needs to know of a branch from membership-service. */
public interface Branches {
  /** The branch's sector ({@code STATE_AGENCY}, ...), which picks its dues rule. */
  String sector(String branchId);

  /** Every member the branch has had, departed ones too. */
  List<Stay> members(String branchId);

  /** A member's time in the branch: from {@code since}, until {@code leftOn} (null: still in). */
  record Stay(MemberId memberId, LocalDate since, LocalDate leftOn) {
    /** A member for some of the month: joined by its last day, not left by its first. */
    boolean activeIn(YearMonth month) {
      return since != null
          && !since.isAfter(month.atEndOfMonth())
          && (leftOn == null || leftOn.isAfter(month.atDay(1)));
    }
  }

  /** Why {@code memberId} cannot pay dues for {@code month}, or empty if they can. */
  static Optional<Refusal> problem(List<Stay> stays, MemberId memberId, YearMonth month) {
    var mine = stays.stream().filter(s -> s.memberId().equals(memberId)).toList();
    if (mine.isEmpty()) {
      return Optional.of(Refusal.of("finance.member.unknown", memberId));
    }
    if (mine.stream().noneMatch(s -> s.activeIn(month))) {
      return Optional.of(Refusal.of("finance.member.inactive", memberId, month));
    }
    return Optional.empty();
  }
}
