package vn.congdoan.reporting.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.bson.Document;
import vn.congdoan.reporting.projection.ReportingStore;

/**
 * Every grouped row a year's figures are summed from, each carrying its branch: the rows of one
 * branch make its summary, the rows of many the province's. Because a summary is only a sum of
 * rows, the province's figures can be kept per branch and only a changed branch's rows read again
 * ({@link ProvinceSummaries}).
 */
record YearRows(
    List<MemberFigures.Row> members,
    List<MemberFigures.BirthYearRow> birthYears,
    List<Document> finance,
    List<Document> welfare,
    List<Document> donations,
    List<Document> activities,
    List<Document> awards,
    List<Document> achievements,
    List<Document> ratings,
    List<Document> inspection) {

  static final YearRows NONE =
      new YearRows(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of(), List.of());

  /** Each branch's own rows. */
  Map<String, YearRows> perBranch() {
    Map<String, Builder> byBranch = new HashMap<>();
    Function<String, Builder> of = id -> byBranch.computeIfAbsent(id, k -> new Builder());
    members.forEach(r -> of.apply(r.branchId()).members.add(r));
    birthYears.forEach(r -> of.apply(r.branchId()).birthYears.add(r));
    split(finance, of, (b, r) -> b.finance.add(r));
    split(welfare, of, (b, r) -> b.welfare.add(r));
    split(donations, of, (b, r) -> b.donations.add(r));
    split(activities, of, (b, r) -> b.activities.add(r));
    split(awards, of, (b, r) -> b.awards.add(r));
    split(achievements, of, (b, r) -> b.achievements.add(r));
    split(ratings, of, (b, r) -> b.ratings.add(r));
    split(inspection, of, (b, r) -> b.inspection.add(r));
    Map<String, YearRows> rows = new HashMap<>();
    byBranch.forEach((id, b) -> rows.put(id, b.build()));
    return rows;
  }

  /** All of them together, as one query over their branches would have read them. */
  static YearRows joined(Collection<YearRows> parts) {
    var all = new Builder();
    for (YearRows p : parts) {
      all.members.addAll(p.members);
      all.birthYears.addAll(p.birthYears);
      all.finance.addAll(p.finance);
      all.welfare.addAll(p.welfare);
      all.donations.addAll(p.donations);
      all.activities.addAll(p.activities);
      all.awards.addAll(p.awards);
      all.achievements.addAll(p.achievements);
      all.ratings.addAll(p.ratings);
      all.inspection.addAll(p.inspection);
    }
    return all.build();
  }

  private static void split(
      List<Document> rows, Function<String, Builder> of, BiConsumer<Builder, Document> add) {
    rows.forEach(
        r -> add.accept(of.apply((String) Aggregation.key(r, ReportingStore.BRANCH_ID)), r));
  }

  private static final class Builder {
    final List<MemberFigures.Row> members = new ArrayList<>();
    final List<MemberFigures.BirthYearRow> birthYears = new ArrayList<>();
    final List<Document> finance = new ArrayList<>();
    final List<Document> welfare = new ArrayList<>();
    final List<Document> donations = new ArrayList<>();
    final List<Document> activities = new ArrayList<>();
    final List<Document> awards = new ArrayList<>();
    final List<Document> achievements = new ArrayList<>();
    final List<Document> ratings = new ArrayList<>();
    final List<Document> inspection = new ArrayList<>();

    YearRows build() {
      return new YearRows(
          members,
          birthYears,
          finance,
          welfare,
          donations,
          activities,
          awards,
          achievements,
          ratings,
          inspection);
    }
  }
}
