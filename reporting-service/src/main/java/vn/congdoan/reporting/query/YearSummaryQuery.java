package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bson.Document;
import vn.congdoan.platform.api.NotFoundException;

/** Year summaries, worked out from the projections when asked. */
public class YearSummaryQuery {
  private final ReportingStore store;
  private final Clock clock;
  private final MemberFigures members;
  private final WelfareFigures welfare;
  private final DonationFigures donations;
  private final ActivityFigures activities;
  private final EmulationFigures emulation;
  private final RatingFigures ratings;
  private final InspectionFigures inspection;
  private final FinanceFigures finance;

  /** {@code clock}: what "today" is, in the union's time zone. */
  public YearSummaryQuery(ReportingStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.members = new MemberFigures(store);
    this.welfare = new WelfareFigures(store);
    this.donations = new DonationFigures(store);
    this.activities = new ActivityFigures(store);
    this.emulation = new EmulationFigures(store);
    this.ratings = new RatingFigures(store);
    this.inspection = new InspectionFigures(store);
    this.finance = new FinanceFigures(store);
  }

  public YearSummary forBranch(String branchId, ReportYear year) {
    Document branch = store.branches().find(eq("_id", branchId)).first();
    if (branch == null) {
      throw new NotFoundException("Branch " + branchId + " not found");
    }
    Scope scope = Scope.branch(branchId);
    LocalDate asOf = year.countedOn(LocalDate.now(clock), dissolvedOn(branch));
    List<Document> groups = groups(branch);
    List<MemberFigures.Row> rows = members.rows(scope, year, asOf);
    List<Document> financeRows = finance.rows(scope, year);
    return new YearSummary(
        branchId,
        branch.getString("name"),
        branch.getString("parentUnion"),
        year.value(),
        dissolvedOn(branch),
        MemberFigures.summed(
            rows, groups.size(), MemberFigures.byGroup(rows, groups), ageBands(scope, asOf), asOf),
        WelfareFigures.summed(welfare.rows(scope, year, financeRows)),
        donations.of(scope, year),
        activities.of(scope, year),
        emulation.awards(scope, year),
        emulation.achievements(scope, year),
        ratings.ofBranch(scope, year),
        inspection.of(scope, year),
        FinanceFigures.summed(financeRows));
  }

  /** The whole province, or with {@code parentUnion} only that upper union's branches. */
  public ProvinceSummary forProvince(ReportYear year, String union) {
    String parentUnion = union == null || union.isBlank() ? null : union;
    List<Document> all =
        store
            .branches()
            .find()
            .projection(Projections.include("name", "parentUnion", "groups", "dissolvedOn"))
            .sort(Sorts.ascending("_id"))
            .into(new ArrayList<>());
    List<Document> branches =
        parentUnion == null
            ? all
            : all.stream().filter(b -> parentUnion.equals(b.getString("parentUnion"))).toList();
    Scope scope =
        parentUnion == null
            ? Scope.province()
            : Scope.among(branches.stream().map(b -> b.getString("_id")).toList());
    LocalDate asOf = year.countedOn(LocalDate.now(clock));
    List<MemberFigures.Row> rows = members.rows(scope, year, asOf);
    List<Document> financeRows = finance.rows(scope, year);
    List<Document> welfareRows = welfare.rows(scope, year, financeRows);
    List<Document> donationRows = donations.rows(scope, year);
    long groups = branches.stream().mapToLong(b -> groups(b).size()).sum();
    var perBranch =
        new BranchTable(
            MemberFigures.perBranch(rows, asOf),
            BranchRows.perBranch(welfareRows, WelfareFigures::summed),
            BranchRows.perBranch(donationRows, DonationFigures::given),
            BranchRows.perBranch(financeRows, FinanceFigures::summed));
    return new ProvinceSummary(
        year.value(),
        parentUnion,
        parentUnions(all),
        MemberFigures.summed(rows, groups, List.of(), ageBands(scope, asOf), asOf),
        WelfareFigures.summed(welfareRows),
        donations.summed(donationRows),
        activities.of(scope, year),
        emulation.awards(scope, year),
        emulation.achievements(scope, year),
        ratings.ofProvince(scope, year),
        inspection.of(scope, year),
        FinanceFigures.summed(financeRows),
        branches.stream()
            .map(
                b ->
                    perBranch.row(
                        b.getString("_id"),
                        b.getString("name"),
                        b.getString("parentUnion"),
                        dissolvedOn(b),
                        groups(b).size()))
            .toList());
  }

  /** Every upper union some branch names. */
  public List<String> parentUnions() {
    List<String> unions = new ArrayList<>();
    store
        .branches()
        .distinct("parentUnion", String.class)
        .filter(ne("parentUnion", null))
        .into(unions);
    return unions;
  }

  /** The province, or one upper union's branches. */
  public Scope scopeOf(String parentUnion) {
    if (parentUnion == null || parentUnion.isBlank()) {
      return Scope.province();
    }
    List<String> ids = new ArrayList<>();
    store
        .branches()
        .find(eq("parentUnion", parentUnion))
        .projection(Projections.include("_id"))
        .forEach(b -> ids.add(b.getString("_id")));
    return Scope.among(ids);
  }

  private Map<String, Long> ageBands(Scope scope, LocalDate asOf) {
    return AgeBands.of(members.byBirthYear(scope, asOf), asOf.getYear());
  }

  private static List<String> parentUnions(List<Document> branches) {
    var unions = new TreeSet<String>();
    branches.forEach(
        b -> {
          if (b.getString("parentUnion") != null) {
            unions.add(b.getString("parentUnion"));
          }
        });
    return List.copyOf(unions);
  }

  private static List<Document> groups(Document branch) {
    return branch.getList("groups", Document.class, List.of());
  }

  private static LocalDate dissolvedOn(Document branch) {
    String on = branch.getString("dissolvedOn");
    return on == null ? null : LocalDate.parse(on);
  }
}
