package vn.congdoan.reporting.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A branch's figures for one year (docs/api.md, reporting-service). Maps are sorted by key, so the
 * same figures always print the same way.
 */
public record YearSummary(
    String branchId,
    String name,
    String parentUnion,
    int year,
    LocalDate dissolvedOn,
    Members members,
    Welfare welfare,
    Donations donations,
    Activities activities,
    Awards awards,
    Achievements achievements,
    Ratings ratings,
    Inspection inspection,
    Finance finance) {

  /**
   * As they stood on {@code asOf}; {@code ageBands} (members other than honorary ones by their age
   * that year, {@link AgeBands}) always lists every band (31 December, or today while the year
   * runs), honorary members apart; the rest happened within the year up to that day.
   */
  public record Members(
      long total,
      long male,
      long female,
      long honorary,
      long groups,
      long joined,
      long left,
      long transferredIn,
      long transferredOut,
      List<GroupMembers> byGroup,
      Map<String, Long> ageBands,
      LocalDate asOf) {}

  public record GroupMembers(String groupId, String name, long total) {}

  /**
   * {@code grants}, {@code recipients} and {@code byKind}: the year's own grants, those reversed
   * within the year left out. {@code amountVnd}: what they gave, plus {@code corrections}.
   */
  public record Welfare(
      long grants,
      long recipients,
      long amountVnd,
      Map<String, Grants> byKind,
      List<Correction> corrections) {}

  /**
   * Member care an earlier year counted and this year took back: the reversals of {@code grants}
   * grants of {@code correctsYear}, made once that year's books were settled (a negative {@code
   * amountVnd}). Welfare and finance carry the same corrections, as finance's year view does.
   */
  public record Correction(int correctsYear, long grants, long amountVnd) {
    Correction plus(Correction other) {
      return new Correction(
          correctsYear, grants + other.grants, Math.addExact(amountVnd, other.amountVnd));
    }
  }

  public record Grants(long grants, long recipients, long amountVnd) {
    Grants plus(Grants other) {
      return new Grants(
          grants + other.grants,
          recipients + other.recipients,
          Math.addExact(amountVnd, other.amountVnd));
    }
  }

  /** Sorted by campaign id; a title is null until the campaign's launch is known. */
  public record Donations(long amountVnd, List<CampaignDonations> byCampaign) {}

  public record CampaignDonations(String campaignId, String title, long amountVnd) {}

  public record Activities(long total, long participants, Map<String, ActivityCount> byKind) {}

  public record ActivityCount(long count, long participants) {}

  /** A collective award has no member. */
  public record Awards(long total, long collective, long individual) {}

  public record Achievements(long total, Map<String, Long> byKind) {}

  /** Rating codes as recorded; {@code branch} null while the branch is not rated. */
  public record Ratings(String branch, Map<String, Long> groups, Map<String, Long> members) {}

  public record Inspection(
      long complaintsReceived, long complaintsResolved, long inspections, long violationsFound) {}

  /**
   * {@code incomeVnd}: dues, union funding and other income together. {@code balanceVnd}: the
   * year's income less what was spent and remitted, without the opening balance. {@code
   * byCategory}: spending by category, only the categories spent on. {@code corrections}: the part
   * of member care that corrects earlier years, already in {@code expenseVnd} and {@code
   * byCategory}.
   */
  public record Finance(
      long incomeVnd,
      long duesVnd,
      long unionFundingVnd,
      long otherIncomeVnd,
      long expenseVnd,
      long remittedVnd,
      long handedOverVnd,
      long balanceVnd,
      Map<String, Long> byCategory,
      List<Correction> corrections) {}
}
