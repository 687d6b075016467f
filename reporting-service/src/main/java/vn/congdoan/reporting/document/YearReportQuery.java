package vn.congdoan.reporting.document;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import vn.congdoan.reporting.projection.RecordFields;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.reporting.projection.ReviewFields;
import vn.congdoan.reporting.query.ReportYear;
import vn.congdoan.reporting.query.YearSummary;
import vn.congdoan.reporting.query.YearSummaryQuery;

/**
 * Assembles a {@link YearReport}: the figures from the year summary, the rest from the records and
 * narratives the projections keep. An unknown branch is a NotFoundException, as for the summary.
 */
public class YearReportQuery {
  private final YearSummaryQuery summaries;
  private final ReportingStore store;
  private final Clock clock;

  public YearReportQuery(YearSummaryQuery summaries, ReportingStore store, Clock clock) {
    this.summaries = summaries;
    this.store = store;
    this.clock = clock;
  }

  public YearReport forBranch(String branchId, int year) {
    ReportYear reportYear = new ReportYear(year);
    YearSummary summary = summaries.forBranch(branchId, reportYear);
    return new YearReport(
        summary,
        narrative(branchId, year),
        activities(branchId, reportYear),
        awards(branchId, year),
        achievements(branchId, year),
        LocalDate.now(clock));
  }

  private YearReport.Narrative narrative(String branchId, int year) {
    Document d = store.narratives().find(eq("_id", branchId + ':' + year)).first();
    if (d == null) {
      return null;
    }
    Document signatory = d.get(ReviewFields.SIGNATORY, Document.class);
    return new YearReport.Narrative(
        d.getString(ReviewFields.SHORTCOMINGS),
        d.getString(ReviewFields.CAUSES),
        d.getString(ReviewFields.PRIORITIES),
        d.getList(ReviewFields.RECIPIENTS, String.class, List.of()),
        signatory == null ? null : signatory.getString(ReviewFields.TITLE),
        signatory == null ? null : signatory.getString(ReviewFields.NAME));
  }

  private List<YearReport.Activity> activities(String branchId, ReportYear year) {
    List<YearReport.Activity> activities = new ArrayList<>();
    for (Document d :
        store
            .activities()
            .find(
                and(
                    eq(ReportingStore.BRANCH_ID, branchId),
                    gte(RecordFields.HELD_ON, year.first()),
                    lte(RecordFields.HELD_ON, year.last())))
            .sort(Sorts.ascending(RecordFields.HELD_ON, "_id"))) {
      Number participants = d.get(RecordFields.PARTICIPANTS, Number.class);
      activities.add(
          new YearReport.Activity(
              d.getString(RecordFields.KIND),
              d.getString(RecordFields.TITLE),
              LocalDate.parse(d.getString(RecordFields.HELD_ON)),
              participants == null ? 0 : participants.longValue()));
    }
    return activities;
  }

  private List<YearReport.Award> awards(String branchId, int year) {
    return store
        .awards()
        .find(and(eq(ReportingStore.BRANCH_ID, branchId), eq(RecordFields.YEAR, year)))
        .sort(Sorts.ascending(RecordFields.AWARDED_ON, "_id"))
        .map(
            d ->
                new YearReport.Award(
                    d.getString(RecordFields.TITLE),
                    d.getString(RecordFields.ISSUER),
                    Boolean.TRUE.equals(d.getBoolean(RecordFields.COLLECTIVE))))
        .into(new ArrayList<>());
  }

  private List<YearReport.Achievement> achievements(String branchId, int year) {
    return store
        .achievements()
        .find(and(eq(ReportingStore.BRANCH_ID, branchId), eq(RecordFields.YEAR, year)))
        .sort(Sorts.ascending("_id"))
        .map(
            d ->
                new YearReport.Achievement(
                    d.getString(RecordFields.KIND), d.getString(RecordFields.TITLE)))
        .into(new ArrayList<>());
  }
}
