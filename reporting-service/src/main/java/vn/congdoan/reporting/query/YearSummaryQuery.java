package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.reporting.projection.BranchFields;
import vn.congdoan.reporting.projection.ReportingStore;

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
      throw new NotFoundException(Refusal.of("reporting.branch.not-found", branchId));
    }
    LocalDate asOf = year.countedOn(LocalDate.now(clock), dissolvedOn(branch));
    List<Document> groups = groups(branch);
    YearRows rows = rows(Scope.branch(branchId), year, asOf);
    return new YearSummary(
        branchId,
        branch.getString(BranchFields.NAME),
        branch.getString(BranchFields.PARENT_UNION),
        year.value(),
        dissolvedOn(branch),
        MemberFigures.summed(
            rows.members(),
            groups.size(),
            MemberFigures.byGroup(rows.members(), groups),
            ageBands(rows, asOf),
            asOf),
        WelfareFigures.summed(rows.welfare()),
        donations.summed(rows.donations()),
        ActivityFigures.summed(rows.activities()),
        EmulationFigures.awards(rows.awards()),
        EmulationFigures.achievements(rows.achievements()),
        RatingFigures.ofBranch(rows.ratings()),
        InspectionFigures.summed(rows.inspection()),
        FinanceFigures.summed(rows.finance()));
  }

  /** The whole province, or with {@code parentUnion} only that upper union's branches. */
  public ProvinceSummary forProvince(ReportYear year, String union) {
    LocalDate asOf = provinceDay(year);
    return province(
        year,
        union,
        asOf,
        branches(Scope.province()),
        rows(Scope.province(), year, asOf).perBranch());
  }

  /** The day the province's figures of {@code year} are counted on: today while it runs. */
  LocalDate provinceDay(ReportYear year) {
    return year.countedOn(LocalDate.now(clock));
  }

  /**
   * Every grouped row of the year's figures over {@code scope}, members counted on {@code asOf}.
   */
  YearRows rows(Scope scope, ReportYear year, LocalDate asOf) {
    List<Document> financeRows = finance.rows(scope, year);
    return new YearRows(
        members.rows(scope, year, asOf),
        members.birthYearRows(scope, asOf),
        financeRows,
        welfare.rows(scope, year, financeRows),
        donations.rows(scope, year),
        activities.rows(scope, year),
        emulation.awardRows(scope, year),
        emulation.achievementRows(scope, year),
        ratings.rows(scope, year),
        inspection.rows(scope, year));
  }

  /** The documents of the branches in {@code scope}, by id. */
  Map<String, Document> branches(Scope scope) {
    Map<String, Document> branches = new TreeMap<>();
    store
        .branches()
        .find(scope.matchIds())
        .projection(
            Projections.include(
                BranchFields.NAME,
                BranchFields.PARENT_UNION,
                BranchFields.GROUPS,
                BranchFields.DISSOLVED_ON))
        .forEach(b -> branches.put(b.getString("_id"), b));
    return branches;
  }

  /**
   * The province from its branches' documents and each branch's rows ({@link YearRows#perBranch}),
   * read with members counted on {@code asOf}; with {@code union} only that upper union's branches.
   */
  ProvinceSummary province(
      ReportYear year,
      String union,
      LocalDate asOf,
      Map<String, Document> all,
      Map<String, YearRows> rows) {
    String parentUnion = union == null || union.isBlank() ? null : union;
    List<Document> branches =
        all.values().stream()
            .filter(
                b ->
                    parentUnion == null
                        || parentUnion.equals(b.getString(BranchFields.PARENT_UNION)))
            .toList();
    YearRows counted =
        parentUnion == null
            ? YearRows.joined(rows.values())
            : YearRows.joined(
                branches.stream()
                    .map(b -> rows.getOrDefault(b.getString("_id"), YearRows.NONE))
                    .toList());
    long groups = branches.stream().mapToLong(b -> groups(b).size()).sum();
    var perBranch =
        new BranchTable(
            MemberFigures.perBranch(counted.members(), asOf),
            BranchRows.perBranch(counted.welfare(), WelfareFigures::summed),
            BranchRows.perBranch(counted.donations(), DonationFigures::given),
            BranchRows.perBranch(counted.finance(), FinanceFigures::summed));
    return new ProvinceSummary(
        year.value(),
        parentUnion,
        parentUnions(all.values()),
        MemberFigures.summed(counted.members(), groups, List.of(), ageBands(counted, asOf), asOf),
        WelfareFigures.summed(counted.welfare()),
        donations.summed(counted.donations()),
        ActivityFigures.summed(counted.activities()),
        EmulationFigures.awards(counted.awards()),
        EmulationFigures.achievements(counted.achievements()),
        RatingFigures.ofProvince(counted.ratings()),
        InspectionFigures.summed(counted.inspection()),
        FinanceFigures.summed(counted.finance()),
        branches.stream()
            .map(
                b ->
                    perBranch.row(
                        b.getString("_id"),
                        b.getString(BranchFields.NAME),
                        b.getString(BranchFields.PARENT_UNION),
                        dissolvedOn(b),
                        groups(b).size()))
            .toList());
  }

  /** Every upper union some branch names. */
  public List<String> parentUnions() {
    List<String> unions = new ArrayList<>();
    store
        .branches()
        .distinct(BranchFields.PARENT_UNION, String.class)
        .filter(ne(BranchFields.PARENT_UNION, null))
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
        .find(eq(BranchFields.PARENT_UNION, parentUnion))
        .projection(Projections.include("_id"))
        .forEach(b -> ids.add(b.getString("_id")));
    return Scope.among(ids);
  }

  private static Map<String, Long> ageBands(YearRows rows, LocalDate asOf) {
    return AgeBands.of(MemberFigures.byBirthYear(rows.birthYears()), asOf.getYear());
  }

  private static List<String> parentUnions(Collection<Document> branches) {
    var unions = new TreeSet<String>();
    branches.forEach(
        b -> {
          if (b.getString(BranchFields.PARENT_UNION) != null) {
            unions.add(b.getString(BranchFields.PARENT_UNION));
          }
        });
    return List.copyOf(unions);
  }

  private static List<Document> groups(Document branch) {
    return branch.getList(BranchFields.GROUPS, Document.class, List.of());
  }

  private static LocalDate dissolvedOn(Document branch) {
    String on = branch.getString(BranchFields.DISSOLVED_ON);
    return on == null ? null : LocalDate.parse(on);
  }
}
