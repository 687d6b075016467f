package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.and;
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
 * What the year figures are counted with. MongoDB does the counting, grouped so that what travels
 * back grows with branches, groups and kinds, never with members or events; nothing is a stored
 * counter, so a redelivered event can never be counted twice. Dates are ISO strings, which sort as
 * dates.
 */
final class Aggregation {
  private Aggregation() {}

  static Bson within(String field, String first, String last) {
    return and(gte(field, first), lte(field, last));
  }

  static List<Document> grouped(MongoCollection<Document> collection, Bson match, Document group) {
    return collection
        .aggregate(List.of(Aggregates.match(match), new Document("$group", group)))
        .into(new ArrayList<>());
  }

  static Document count() {
    return new Document("$sum", 1);
  }

  static Document sum(String field) {
    return new Document("$sum", "$" + field);
  }

  static Document countIf(Object condition) {
    return new Document("$sum", op("$cond", condition, 1, 0));
  }

  /** The expression form of {@link #within}. */
  static Document between(String field, String first, String last) {
    return op("$and", op("$gte", "$" + field, first), op("$lte", "$" + field, last));
  }

  /** An aggregation operator; a list that takes null, which {@code $eq} needs. */
  static Document op(String name, Object... args) {
    return new Document(name, Arrays.asList(args));
  }

  static long number(Document row, String field) {
    Object value = row.get(field);
    if (value instanceof Double || value instanceof org.bson.types.Decimal128) {
      // MongoDB's $sum turns a sum past the range of a long into a double: digits lost, not a sum.
      throw new ArithmeticException(field + " overflowed while being added up");
    }
    return value == null ? 0 : ((Number) value).longValue();
  }

  /** A field of a row's compound group key. */
  static Object key(Document row, String field) {
    return row.get("_id", Document.class).get(field);
  }
}
