package vn.congdoan.reporting.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.congdoan.reporting.query.ProvinceSummary.BranchFigures;

/** The province's figures split by branch, put together into one row per branch. */
record BranchTable(
    Map<String, YearSummary.Members> members,
    Map<String, YearSummary.Welfare> welfare,
    Map<String, Long> donations,
    Map<String, YearSummary.Finance> finance) {
  private static final YearSummary.Members NO_MEMBERS =
      new YearSummary.Members(0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null);
  private static final YearSummary.Welfare NO_WELFARE =
      new YearSummary.Welfare(0, 0, 0, new TreeMap<>(), List.of());
  private static final YearSummary.Finance NO_FINANCE =
      new YearSummary.Finance(0, 0, 0, 0, 0, 0, 0, 0, new TreeMap<>(), List.of());

  BranchFigures row(
      String branchId, String name, String parentUnion, LocalDate dissolvedOn, long groups) {
    var m = members.getOrDefault(branchId, NO_MEMBERS);
    var w = welfare.getOrDefault(branchId, NO_WELFARE);
    var f = finance.getOrDefault(branchId, NO_FINANCE);
    return new BranchFigures(
        branchId,
        name,
        parentUnion,
        dissolvedOn,
        groups,
        m.total(),
        m.male(),
        m.female(),
        m.joined(),
        m.left(),
        w.recipients(),
        w.amountVnd(),
        donations.getOrDefault(branchId, 0L),
        f.incomeVnd(),
        f.expenseVnd(),
        f.remittedVnd(),
        f.balanceVnd());
  }
}
