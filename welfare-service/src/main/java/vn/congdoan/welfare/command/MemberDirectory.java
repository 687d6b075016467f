package vn.congdoan.welfare.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;

/**
 * welfare-service's own view of who belongs to which branch and when, kept from the membership
 * events on Kafka (eventually consistent: a member admitted a moment ago may not be here yet).
 */
public interface MemberDirectory {
  /**
   * Why {@code memberId} cannot receive a grant or give to a campaign through {@code branchId} on
   * {@code on} — unknown, of another branch, or not a member on that day — or empty if they can.
   * The message names the member.
   */
  Optional<Refusal> problem(BranchId branchId, MemberId memberId, LocalDate on);

  /** Members of the branch on {@code on}, honorary ones included. */
  List<String> activeMembers(String branchId, LocalDate on);

  /** Women members of the branch on {@code on}: the 8/3 and 20/10 gifts. */
  List<String> activeWomen(String branchId, LocalDate on);
}
