package vn.congdoan.membership.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.platform.api.BranchId;

/** A branch as it stands, members past and present included; groups in the order added. */
public record BranchView(
    BranchId branchId,
    String name,
    String parentUnion,
    Sector sector,
    Map<GroupId, String> groups,
    LocalDate dissolvedOn,
    List<MemberState> members) {}
