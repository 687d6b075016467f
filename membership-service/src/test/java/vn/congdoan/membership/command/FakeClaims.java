package vn.congdoan.membership.command;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.MemberId;

class FakeClaims implements MemberIdClaims {
  final Map<MemberId, BranchId> claims = new HashMap<>();

  @Override
  public void claim(MemberId id, BranchId branch) {
    if (!claimAll(Map.of(id, branch)).isEmpty()) {
      throw new ConflictException("Member id " + id + " is already in use");
    }
  }

  @Override
  public Set<MemberId> claimAll(Map<MemberId, BranchId> wanted) {
    Set<MemberId> refused = new HashSet<>();
    wanted.forEach(
        (id, branch) -> {
          if (!claims.getOrDefault(id, branch).equals(branch)) {
            refused.add(id);
          } else {
            claims.put(id, branch);
          }
        });
    return refused;
  }
}
