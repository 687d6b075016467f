package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bson.Document;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.reporting.query.YearFigures.GrantRow;
import vn.congdoan.reporting.query.YearFigures.IncomeRow;
import vn.congdoan.reporting.query.YearFigures.MemberRow;
import vn.congdoan.reporting.query.YearSummary.GroupMembers;

/** Year summaries, worked out from the projections when asked. */
public class YearSummaryQuery {
  private final ReportingStore store;
  private final YearFigures figures;

  public YearSummaryQuery(ReportingStore store) {
    this.store = store;
    this.figures = new YearFigures(store);
  }

  public YearSummary forBranch(String branchId, ReportYear year) {
    Document branch = store.branches().find(eq("_id", branchId)).first();
    if (branch == null) {
      throw new NotFoundException("Branch " + branchId + " not found");
    }
    List<Document> groups = groups(branch);
    List<MemberRow> rows = figures.members(branchId, year);
    Map<String, Long> byGroup = new LinkedHashMap<>();
    groups.forEach(g -> byGroup.put(g.getString("groupId"), 0L));
    rows.forEach(r -> byGroup.merge(r.groupId(), r.total(), Long::sum));
    Map<String, String> names = new HashMap<>();
    groups.forEach(g -> names.put(g.getString("groupId"), g.getString("name")));
    List<GroupMembers> perGroup =
        byGroup.entrySet().stream()
            .map(e -> new GroupMembers(e.getKey(), names.get(e.getKey()), e.getValue()))
            .toList();
    return new YearSummary(
        branchId,
        year.value(),
        members(rows, groups.size(), perGroup),
        welfare(figures.grants(branchId, year)),
        finance(figures.income(branchId, year)));
  }

  public ProvinceSummary forProvince(ReportYear year) {
    List<Document> branches =
        store
            .branches()
            .find()
            .projection(Projections.include("name", "groups"))
            .sort(Sorts.ascending("_id"))
            .into(new ArrayList<>());
    List<MemberRow> rows = figures.members(null, year);
    Map<String, Long> perBranch =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    MemberRow::branchId, Collectors.summingLong(MemberRow::total)));
    long groups = branches.stream().mapToLong(b -> groups(b).size()).sum();
    return new ProvinceSummary(
        year.value(),
        members(rows, groups, List.of()),
        welfare(figures.grants(null, year)),
        finance(figures.income(null, year)),
        branches.stream()
            .map(
                b ->
                    new ProvinceSummary.BranchMembers(
                        b.getString("_id"),
                        b.getString("name"),
                        perBranch.getOrDefault(b.getString("_id"), 0L)))
            .toList());
  }

  private static YearSummary.Members members(
      List<MemberRow> rows, long groups, List<GroupMembers> byGroup) {
    long total = 0, male = 0, female = 0, joined = 0, left = 0;
    for (MemberRow row : rows) {
      total += row.total();
      male += Gender.MALE.name().equals(row.gender()) ? row.total() : 0;
      female += Gender.FEMALE.name().equals(row.gender()) ? row.total() : 0;
      joined += row.joined();
      left += row.left();
    }
    return new YearSummary.Members(total, male, female, groups, joined, left, byGroup);
  }

  private static YearSummary.Welfare welfare(List<GrantRow> rows) {
    // Sorted by kind, so the same figures always print the same way.
    Map<String, YearSummary.Grants> byKind = new TreeMap<>();
    rows.forEach(r -> byKind.merge(r.kind(), r.grants(), YearSummary.Grants::plus));
    YearSummary.Grants all =
        byKind.values().stream().reduce(new YearSummary.Grants(0, 0, 0), YearSummary.Grants::plus);
    return new YearSummary.Welfare(all.grants(), all.recipients(), all.amountVnd(), byKind);
  }

  private static YearSummary.Finance finance(List<IncomeRow> rows) {
    return new YearSummary.Finance(rows.stream().mapToLong(IncomeRow::incomeVnd).sum());
  }

  private static List<Document> groups(Document branch) {
    return branch.getList("groups", Document.class, List.of());
  }
}
