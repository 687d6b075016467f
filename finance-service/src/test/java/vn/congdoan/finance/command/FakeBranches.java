package vn.congdoan.finance.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.NotFoundException;

/** Branches as a test sets them up, instead of membership-service. */
class FakeBranches implements Branches {
  private final Map<String, String> sectors = new HashMap<>();
  private final Map<String, List<Stay>> members = new HashMap<>();

  FakeBranches branch(String branchId, String sector) {
    sectors.put(branchId, sector);
    return this;
  }

  FakeBranches member(String branchId, String memberId, LocalDate since, LocalDate leftOn) {
    members
        .computeIfAbsent(branchId, b -> new ArrayList<>())
        .add(new Stay(new MemberId(memberId), since, leftOn));
    return this;
  }

  @Override
  public String sector(String branchId) {
    String sector = sectors.get(branchId);
    if (sector == null) {
      throw new NotFoundException("Branch " + branchId + " not found");
    }
    return sector;
  }

  @Override
  public List<Stay> members(String branchId) {
    sector(branchId);
    return members.getOrDefault(branchId, List.of());
  }
}
