package vn.congdoan.reporting.audit;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bson.conversions.Bson;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.reporting.projection.TrailFields;

/**
 * Which events an auditor asks for, and in which order. {@code from} is inclusive, {@code to}
 * exclusive, so consecutive ranges neither overlap nor leave a gap.
 */
public record AuditFilter(
    String service,
    String branchId,
    String aggregateId,
    String type,
    Instant from,
    Instant to,
    boolean newestFirst) {
  private static final Set<String> SERVICES = Set.of("membership", "welfare", "finance");

  /** From the query parameters; a value that cannot be meant is refused (400), not ignored. */
  public static AuditFilter of(
      String service,
      String branchId,
      String aggregateId,
      String type,
      String from,
      String to,
      String order) {
    if (service != null && !SERVICES.contains(service)) {
      throw new BadRequestException(Refusal.of("reporting.service.unknown"));
    }
    boolean newestFirst;
    if (order == null || order.equalsIgnoreCase("desc")) {
      newestFirst = true;
    } else if (order.equalsIgnoreCase("asc")) {
      newestFirst = false;
    } else {
      throw new BadRequestException(Refusal.of("reporting.audit.order"));
    }
    return new AuditFilter(
        service,
        branchId,
        aggregateId,
        type,
        instant("from", from),
        instant("to", to),
        newestFirst);
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(Refusal.of("reporting.audit.instant", name));
    }
  }

  /** The matching events after {@code after} (null: from the first) in this order. */
  Bson query(AuditCursor after) {
    List<Bson> all = new ArrayList<>();
    equal(all, TrailFields.SERVICE, service);
    equal(all, ReportingStore.BRANCH_ID, branchId);
    equal(all, TrailFields.AGGREGATE_ID, aggregateId);
    equal(all, TrailFields.TYPE, type);
    if (from != null) {
      all.add(Filters.gte(TrailFields.TIMESTAMP, Date.from(from)));
    }
    if (to != null) {
      all.add(Filters.lt(TrailFields.TIMESTAMP, Date.from(to)));
    }
    if (after != null) {
      all.add(after.beyond(newestFirst));
    }
    return all.isEmpty() ? new org.bson.Document() : Filters.and(all);
  }

  /** Timestamp, then event id: a total order, so keyset pages never skip or repeat an event. */
  Bson sort() {
    return newestFirst
        ? Sorts.descending(TrailFields.TIMESTAMP, "_id")
        : Sorts.ascending(TrailFields.TIMESTAMP, "_id");
  }

  private static void equal(List<Bson> all, String field, String value) {
    if (value != null && !value.isBlank()) {
      all.add(Filters.eq(field, value));
    }
  }
}
