package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A year's raw figures, counted by MongoDB and grouped by branch: what travels back grows with the
 * number of branches and groups, not with members or events. Nothing here is a stored counter, so a
 * redelivered event can never be counted twice.
 */
final class YearFigures {
  record MemberRow(
      String branchId, String groupId, String gender, long total, long joined, long left) {}

  record GrantRow(String branchId, String kind, YearSummary.Grants grants) {}

  record IncomeRow(String branchId, long incomeVnd) {}

  private final ReportingStore store;

  YearFigures(ReportingStore store) {
    this.store = store;
  }

  /** Members admitted by 31 December; {@code branchId} null for every branch. */
  List<MemberRow> members(String branchId, ReportYear year) {
    Object hasLeft = op("$ne", "$leftOn", null);
    Object current = op("$or", op("$eq", "$leftOn", null), op("$gt", "$leftOn", year.last()));
    Object joined = op("$gte", "$joinedOn", year.first());
    Object left =
        op(
            "$and",
            hasLeft,
            op("$gte", "$leftOn", year.first()),
            op("$lte", "$leftOn", year.last()));
    Document key =
        new Document("branchId", "$branchId")
            .append("groupId", "$groupId")
            .append("gender", "$gender");
    var rows =
        aggregate(
            store.members(),
            matching(branchId, lte("joinedOn", year.last())),
            new Document("_id", key)
                .append("total", countIf(current))
                .append("joined", countIf(joined))
                .append("left", countIf(left)));
    return rows.stream()
        .map(
            r -> {
              Document id = r.get("_id", Document.class);
              return new MemberRow(
                  id.getString("branchId"),
                  id.getString("groupId"),
                  id.getString("gender"),
                  number(r, "total"),
                  number(r, "joined"),
                  number(r, "left"));
            })
        .toList();
  }

  List<GrantRow> grants(String branchId, ReportYear year) {
    Bson inYear = and(gte("grantedOn", year.first()), lte("grantedOn", year.last()));
    var rows =
        aggregate(
            store.welfareGrants(),
            matching(branchId, inYear),
            new Document("_id", new Document("branchId", "$branchId").append("kind", "$kind"))
                .append("grants", new Document("$sum", 1))
                .append("recipients", new Document("$sum", "$recipients"))
                .append("amountVnd", new Document("$sum", "$amountVnd")));
    return rows.stream()
        .map(
            r -> {
              Document id = r.get("_id", Document.class);
              return new GrantRow(
                  id.getString("branchId"),
                  id.getString("kind"),
                  new YearSummary.Grants(
                      number(r, "grants"), number(r, "recipients"), number(r, "amountVnd")));
            })
        .toList();
  }

  List<IncomeRow> income(String branchId, ReportYear year) {
    Bson inYear =
        and(eq("kind", IncomeProjection.INCOME), gte("on", year.first()), lte("on", year.last()));
    var rows =
        aggregate(
            store.financeEntries(),
            matching(branchId, inYear),
            new Document("_id", "$branchId")
                .append("incomeVnd", new Document("$sum", "$amountVnd")));
    return rows.stream()
        .map(r -> new IncomeRow(r.getString("_id"), number(r, "incomeVnd")))
        .toList();
  }

  private static Bson matching(String branchId, Bson filter) {
    return branchId == null ? filter : and(eq("branchId", branchId), filter);
  }

  private static List<Document> aggregate(
      MongoCollection<Document> collection, Bson match, Document group) {
    return collection
        .aggregate(List.of(Aggregates.match(match), new Document("$group", group)))
        .into(new ArrayList<>());
  }

  private static Document countIf(Object condition) {
    return new Document("$sum", op("$cond", condition, 1, 0));
  }

  /** An aggregation operator; a list that takes null, which {@code $eq} needs. */
  private static Document op(String name, Object... args) {
    return new Document(name, Arrays.asList(args));
  }

  private static long number(Document row, String field) {
    Object value = row.get(field);
    return value == null ? 0 : ((Number) value).longValue();
  }
}
