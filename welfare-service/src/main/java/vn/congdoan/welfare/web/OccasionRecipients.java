package vn.congdoan.welfare.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congdoan.membership.api.RosterEntry;
import vn.congdoan.welfare.client.MembershipClient;
import vn.congdoan.welfare.command.MemberDirectory;

/** Who an occasion gift goes to: the branch's women on the day, or its members born that month. */
@Component
public class OccasionRecipients {
  /** The occasions given to a whole group of members at once. */
  public enum Occasion {
    WOMENS_DAY_MAR8,
    WOMENS_DAY_OCT20,
    BIRTHDAY
  }

  private final MemberDirectory members;
  private final MembershipClient membership;

  public OccasionRecipients(MemberDirectory members, MembershipClient membership) {
    this.members = members;
    this.membership = membership;
  }

  /** Member ids, sorted, so the same request names the same grant recipients in the same order. */
  public List<String> choose(
      String branchId, Occasion occasion, LocalDate on, Integer month, String authorization) {
    if (occasion != Occasion.BIRTHDAY) {
      return members.activeWomen(branchId, on).stream().sorted().distinct().toList();
    }
    return bornIn(
        month, membership.roster(branchId, authorization), members.activeMembers(branchId, on));
  }

  /**
   * Members born in {@code month} who belong to the branch on the day. Membership's roster is
   * today's; the directory says who belonged on the gift's day, so the grant's own membership check
   * agrees. Erased members' birth dates are gone, so they cannot be chosen by birthday.
   */
  static List<String> bornIn(int month, List<RosterEntry> roster, List<String> activeOnTheDay) {
    var active = new HashSet<>(activeOnTheDay);
    return roster.stream()
        .filter(m -> !m.erased() && m.dateOfBirth() != null)
        .filter(m -> m.dateOfBirth().getMonthValue() == month)
        .map(m -> m.memberId().value())
        .filter(active::contains)
        .sorted()
        .distinct()
        .toList();
  }
}
