package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.congdoan.reporting.projection.RecordFields;
import vn.congdoan.reporting.projection.ReportingStore;

/**
 * What a branch recorded of a year, each kind as a list an officer looks through before adding to
 * it: activities, awards, study achievements, complaints (counted, their text stays in membership),
 * inspections, the ratings given and the narrative of the year-end report.
 */
public class RecordList {
  public record Records(
      List<Map<String, Object>> activities,
      List<Map<String, Object>> awards,
      List<Map<String, Object>> achievements,
      List<Map<String, Object>> complaints,
      List<Map<String, Object>> inspections,
      List<Map<String, Object>> ratings,
      Map<String, Object> narrative) {}

  private final ReportingStore store;

  public RecordList(ReportingStore store) {
    this.store = store;
  }

  public Records of(String branchId, ReportYear year) {
    Bson branch = eq(ReportingStore.BRANCH_ID, branchId);
    Bson ofYear = eq(RecordFields.YEAR, year.value());
    return new Records(
        rows(
            store.activities(),
            and(branch, within(RecordFields.HELD_ON, year)),
            RecordFields.HELD_ON),
        rows(store.awards(), and(branch, ofYear), RecordFields.AWARDED_ON),
        rows(store.achievements(), and(branch, ofYear), "_id"),
        // A complaint still open when the year began is still the year's business. (A
        // resolution met before its complaint leaves no receivedOn, so it is not listed yet.)
        rows(
            store.complaints(),
            and(
                branch,
                lte(RecordFields.RECEIVED_ON, year.last()),
                or(
                    eq(RecordFields.RESOLVED_ON, null),
                    gte(RecordFields.RESOLVED_ON, year.first()))),
            RecordFields.RECEIVED_ON),
        rows(
            store.inspections(),
            and(branch, within(RecordFields.HELD_ON, year)),
            RecordFields.HELD_ON),
        rows(store.ratings(), and(branch, ofYear), "_id"),
        narrative(branchId, year));
  }

  private static Bson within(String field, ReportYear year) {
    return and(gte(field, year.first()), lte(field, year.last()));
  }

  /** Each document without the bookkeeping fields, its id as the branch knows it. */
  private static List<Map<String, Object>> rows(
      MongoCollection<Document> collection, Bson filter, String order) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Document d : collection.find(filter).sort(Sorts.ascending(order, "_id"))) {
      rows.add(shown(d));
    }
    return rows;
  }

  private Map<String, Object> narrative(String branchId, ReportYear year) {
    Document d = store.narratives().find(eq("_id", branchId + ':' + year.value())).first();
    return d == null ? null : shown(d);
  }

  private static Map<String, Object> shown(Document d) {
    Map<String, Object> row = new LinkedHashMap<>();
    String key = d.getString("_id");
    String branchId = d.getString(ReportingStore.BRANCH_ID);
    String id =
        branchId != null && key.startsWith(branchId + ':')
            ? key.substring(branchId.length() + 1)
            : key;
    row.put("id", id);
    d.forEach(
        (field, value) -> {
          if (!field.equals("_id")
              && !field.equals(ReportingStore.BRANCH_ID)
              && !field.startsWith("seq")) {
            row.put(field, value instanceof Document inner ? new LinkedHashMap<>(inner) : value);
          }
        });
    return row;
  }
}
