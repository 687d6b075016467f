package vn.congdoan.reporting.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The year's figures summed over every branch, and each branch's headcount. Groups belong to their
 * branch, so {@code members.byGroup} is left empty here; {@code members.groups} counts them all.
 * {@code donations.byCampaign} is what each campaign collected in the year from every branch. With
 * {@code parentUnion} set, only that upper union's branches are counted; {@code parentUnions} lists
 * every upper union, for choosing one.
 */
public record ProvinceSummary(
    int year,
    String parentUnion,
    List<String> parentUnions,
    YearSummary.Members members,
    YearSummary.Welfare welfare,
    YearSummary.Donations donations,
    YearSummary.Activities activities,
    YearSummary.Awards awards,
    YearSummary.Achievements achievements,
    Ratings ratings,
    YearSummary.Inspection inspection,
    YearSummary.Finance finance,
    List<BranchFigures> branches) {

  /** As a branch's, with {@code branch} always null and the branches' own ratings counted. */
  public record Ratings(
      String branch,
      Map<String, Long> branches,
      Map<String, Long> groups,
      Map<String, Long> members) {}

  /**
   * A branch's key figures for the year, as its own summary has them: the province's branch table
   * and roll-up workbook. {@code members} as counted on the day of {@code members.asOf}.
   */
  public record BranchFigures(
      String branchId,
      String name,
      String parentUnion,
      LocalDate dissolvedOn,
      long groups,
      long members,
      long male,
      long female,
      long joined,
      long left,
      long welfareRecipients,
      long welfareVnd,
      long donationsVnd,
      long incomeVnd,
      long expenseVnd,
      long remittedVnd,
      long balanceVnd) {}
}
