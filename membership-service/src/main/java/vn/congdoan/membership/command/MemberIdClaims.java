package vn.congdoan.membership.command;

import java.util.Map;
import java.util.Set;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;

/**
 * Member ids are unique across the province: a member keeps theirs from branch to branch. A branch
 * aggregate only knows its own members, so ids are claimed here before an admission is recorded.
 */
public interface MemberIdClaims {
  /** Throws {@code ConflictException} if another branch holds the id. */
  void claim(MemberId id, BranchId branch);

  /** The ids another branch holds; the rest are now claimed for {@code branch}. */
  Set<MemberId> claimAll(Map<MemberId, BranchId> claims);
}
