package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static vn.congdoan.reporting.query.Aggregation.between;
import static vn.congdoan.reporting.query.Aggregation.countIf;
import static vn.congdoan.reporting.query.Aggregation.key;
import static vn.congdoan.reporting.query.Aggregation.number;
import static vn.congdoan.reporting.query.Aggregation.op;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.projection.BranchFields;
import vn.congdoan.reporting.projection.MemberSegmentProjection;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.reporting.projection.SegmentFields;
import vn.congdoan.reporting.query.YearSummary.GroupMembers;

/**
 * Members by effective dates, from {@code member_segments}: a segment counts on a day when it
 * started by then and had not ended by then. A departure or transfer effective on a day is counted
 * on that day by the branch the member arrives in, and no longer by the one they leave.
 */
final class MemberFigures {
  /** One branch, group, gender and honorary or not. */
  record Row(
      String branchId,
      String groupId,
      String gender,
      boolean honorary,
      long counted,
      long joined,
      long left,
      long transferredIn,
      long transferredOut) {}

  /**
   * Members of one branch born in one year (null: unknown). A record, not the aggregation's
   * document: the province keeps two years of these per branch (~35 a branch-year), and as
   * documents they were 200 MB of reporting's heap at 3,000 branches.
   */
  record BirthYearRow(String branchId, Integer birthYear, long n) {}

  private final ReportingStore store;

  MemberFigures(ReportingStore store) {
    this.store = store;
  }

  /** Counted on {@code asOf}; what happened from 1 January up to it. Null branch: all. */
  List<Row> rows(Scope scope, ReportYear year, LocalDate asOf) {
    String first = year.first();
    String last = asOf.toString();
    Bson touchesYear =
        and(
            lte(SegmentFields.FROM, last),
            or(eq(SegmentFields.TO, null), gte(SegmentFields.TO, first)));
    Document group =
        new Document(
                "_id",
                new Document(ReportingStore.BRANCH_ID, ReportingStore.BRANCH_ID_PATH)
                    .append("groupId", "$" + SegmentFields.GROUP_ID)
                    .append("gender", "$" + SegmentFields.GENDER)
                    .append("honorary", "$" + SegmentFields.HONORARY))
            .append(
                "counted",
                countIf(
                    op(
                        "$or",
                        op("$eq", "$" + SegmentFields.TO, null),
                        op("$gt", "$" + SegmentFields.TO, last))))
            .append("joined", countIf(started(MemberSegmentProjection.ADMITTED, first)))
            .append(
                "transferredIn", countIf(started(MemberSegmentProjection.TRANSFERRED_IN, first)))
            .append("left", countIf(ended(MemberSegmentProjection.DEPARTED, first, last)))
            .append(
                "transferredOut",
                countIf(ended(MemberSegmentProjection.TRANSFERRED_OUT, first, last)));
    return Aggregation.grouped(store.memberSegments(), scope.match(touchesYear), group).stream()
        .map(
            r ->
                new Row(
                    (String) key(r, ReportingStore.BRANCH_ID),
                    (String) key(r, "groupId"),
                    (String) key(r, "gender"),
                    Boolean.TRUE.equals(key(r, "honorary")),
                    number(r, "counted"),
                    number(r, "joined"),
                    number(r, "left"),
                    number(r, "transferredIn"),
                    number(r, "transferredOut")))
        .toList();
  }

  /** Segments matched all start by the day counted: only the year's first day bounds them. */
  private static Document started(String kind, String first) {
    return op(
        "$and",
        op("$eq", "$" + SegmentFields.START_KIND, kind),
        op("$gte", "$" + SegmentFields.FROM, first));
  }

  private static Document ended(String kind, String first, String last) {
    return op(
        "$and",
        op("$eq", "$" + SegmentFields.END_KIND, kind),
        between(SegmentFields.TO, first, last));
  }

  /** Members other than honorary ones counted on {@code asOf}, by branch and birth year. */
  List<BirthYearRow> birthYearRows(Scope scope, LocalDate asOf) {
    String day = asOf.toString();
    Bson counted =
        and(
            lte(SegmentFields.FROM, day),
            or(eq(SegmentFields.TO, null), gt(SegmentFields.TO, day)),
            ne(SegmentFields.HONORARY, true));
    return Aggregation.grouped(
            store.memberSegments(),
            scope.match(counted),
            new Document(
                    "_id",
                    new Document(ReportingStore.BRANCH_ID, ReportingStore.BRANCH_ID_PATH)
                        .append("birthYear", "$" + SegmentFields.BIRTH_YEAR))
                .append("n", Aggregation.count()))
        .stream()
        .map(
            r ->
                new BirthYearRow(
                    // one string per branch, not one per row
                    ((String) key(r, ReportingStore.BRANCH_ID)).intern(),
                    key(r, "birthYear") instanceof Number year ? year.intValue() : null,
                    number(r, "n")))
        .toList();
  }

  /** {@link #birthYearRows} summed by birth year (null: unknown). */
  static Map<Integer, Long> byBirthYear(List<BirthYearRow> rows) {
    Map<Integer, Long> byYear = new HashMap<>();
    for (BirthYearRow row : rows) {
      byYear.merge(row.birthYear(), row.n(), Long::sum);
    }
    return byYear;
  }

  static YearSummary.Members summed(
      List<Row> rows,
      long groups,
      List<GroupMembers> byGroup,
      Map<String, Long> ageBands,
      LocalDate asOf) {
    long total = 0, male = 0, female = 0, honorary = 0;
    long joined = 0, left = 0, in = 0, out = 0;
    for (Row row : rows) {
      if (row.honorary()) {
        honorary += row.counted();
      } else {
        total += row.counted();
        male += Gender.MALE.name().equals(row.gender()) ? row.counted() : 0;
        female += Gender.FEMALE.name().equals(row.gender()) ? row.counted() : 0;
      }
      joined += row.joined();
      left += row.left();
      in += row.transferredIn();
      out += row.transferredOut();
    }
    return new YearSummary.Members(
        total, male, female, honorary, groups, joined, left, in, out, byGroup, ageBands, asOf);
  }

  /** Every group of the branch in the order added, with its members other than honorary ones. */
  static List<GroupMembers> byGroup(List<Row> rows, List<Document> groups) {
    Map<String, Long> counted = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    groups.forEach(
        g -> {
          counted.put(g.getString(BranchFields.GROUP_ID), 0L);
          names.put(g.getString(BranchFields.GROUP_ID), g.getString(BranchFields.NAME));
        });
    rows.stream()
        .filter(r -> !r.honorary())
        .forEach(r -> counted.merge(r.groupId(), r.counted(), Long::sum));
    return counted.entrySet().stream()
        .map(e -> new GroupMembers(e.getKey(), names.get(e.getKey()), e.getValue()))
        .toList();
  }

  /** Each branch's members, their groups and age bands left to its own summary. */
  static Map<String, YearSummary.Members> perBranch(List<Row> rows, LocalDate asOf) {
    return rows.stream()
        .collect(
            Collectors.groupingBy(
                Row::branchId,
                Collectors.collectingAndThen(
                    Collectors.toList(), own -> summed(own, 0, List.of(), Map.of(), asOf))));
  }
}
