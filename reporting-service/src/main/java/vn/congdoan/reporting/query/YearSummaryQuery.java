package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    LocalDate asOf = year.countedOn(LocalDate.now(clock));
    List<Document> groups = groups(branch);
    List<MemberFigures.Row> rows = members.rows(branchId, year, asOf);
    return new YearSummary(
        branchId,
        year.value(),
        dissolvedOn(branch),
        MemberFigures.summed(rows, groups.size(), MemberFigures.byGroup(rows, groups), asOf),
        welfare.of(branchId, year),
        donations.of(branchId, year),
        activities.of(branchId, year),
        emulation.awards(branchId, year),
        emulation.achievements(branchId, year),
        ratings.ofBranch(branchId, year),
        inspection.of(branchId, year),
        finance.of(branchId, year));
  }

  public ProvinceSummary forProvince(ReportYear year) {
    List<Document> branches =
        store
            .branches()
            .find()
            .projection(Projections.include("name", "groups", "dissolvedOn"))
            .sort(Sorts.ascending("_id"))
            .into(new ArrayList<>());
    LocalDate asOf = year.countedOn(LocalDate.now(clock));
    List<MemberFigures.Row> rows = members.rows(null, year, asOf);
    Map<String, Long> perBranch = MemberFigures.perBranch(rows);
    long groups = branches.stream().mapToLong(b -> groups(b).size()).sum();
    return new ProvinceSummary(
        year.value(),
        MemberFigures.summed(rows, groups, List.of(), asOf),
        welfare.of(null, year),
        donations.of(null, year),
        activities.of(null, year),
        emulation.awards(null, year),
        emulation.achievements(null, year),
        ratings.ofProvince(year),
        inspection.of(null, year),
        finance.of(null, year),
        branches.stream()
            .map(
                b ->
                    new ProvinceSummary.BranchMembers(
                        b.getString("_id"),
                        b.getString("name"),
                        perBranch.getOrDefault(b.getString("_id"), 0L),
                        dissolvedOn(b)))
            .toList());
  }

  private static List<Document> groups(Document branch) {
    return branch.getList("groups", Document.class, List.of());
  }

  private static LocalDate dissolvedOn(Document branch) {
    String on = branch.getString("dissolvedOn");
    return on == null ? null : LocalDate.parse(on);
  }
}
