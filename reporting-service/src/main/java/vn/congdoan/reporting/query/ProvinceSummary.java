package vn.congdoan.reporting.query;

import java.util.List;

/**
 * The year's figures summed over every branch, and each branch's headcount. Groups belong to their
 * branch, so {@code members.byGroup} is left empty here; {@code members.groups} counts them all.
 */
public record ProvinceSummary(
    int year,
    YearSummary.Members members,
    YearSummary.Welfare welfare,
    YearSummary.Finance finance,
    List<BranchMembers> branches) {

  public record BranchMembers(String branchId, String name, long members) {}
}
