package vn.congdoan.reporting.query;

import java.util.List;
import java.util.Map;

/** A branch's figures for one year (shared/API.md, reporting-service). */
public record YearSummary(
    String branchId, int year, Members members, Welfare welfare, Finance finance) {

  /** As of 31 December; {@code joined} and {@code left} happened within the year. */
  public record Members(
      long total,
      long male,
      long female,
      long groups,
      long joined,
      long left,
      List<GroupMembers> byGroup) {}

  public record GroupMembers(String groupId, String name, long total) {}

  public record Welfare(long grants, long recipients, long amountVnd, Map<String, Grants> byKind) {}

  public record Grants(long grants, long recipients, long amountVnd) {
    Grants plus(Grants other) {
      return new Grants(
          grants + other.grants, recipients + other.recipients, amountVnd + other.amountVnd);
    }
  }

  public record Finance(long incomeVnd) {}
}
