package vn.congdoan.membership.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.congdoan.membership.api.BranchId;

/** A branch as it stands, members past and present included. */
public record BranchView(
    BranchId branchId,
    String name,
    Map<String, String> groups,
    LocalDate dissolvedOn,
    List<MemberState> members) {}
