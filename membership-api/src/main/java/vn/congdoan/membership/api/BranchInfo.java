package vn.congdoan.membership.api;

import java.time.LocalDate;
import java.util.List;
import vn.congdoan.platform.api.BranchId;

/** A branch as membership-service answers it; {@code dissolvedOn} null while it goes on. */
public record BranchInfo(
    BranchId branchId,
    String name,
    String parentUnion,
    Sector sector,
    List<GroupInfo> groups,
    LocalDate dissolvedOn) {

  public record GroupInfo(GroupId groupId, String name) {}
}
