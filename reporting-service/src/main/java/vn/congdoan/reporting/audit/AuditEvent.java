package vn.congdoan.reporting.audit;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.bson.Document;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.reporting.projection.TrailFields;

/** One event of the audit history as the API returns it. */
public record AuditEvent(
    String eventId,
    String service,
    String type,
    String revision,
    String aggregateType,
    String aggregateId,
    long sequence,
    Instant timestamp,
    String user,
    String correlationId,
    String branchId,
    Map<String, Object> payload) {

  static AuditEvent of(Document d) {
    Number sequence = d.get(TrailFields.SEQUENCE, Number.class);
    return new AuditEvent(
        d.getString("_id"),
        d.getString(TrailFields.SERVICE),
        d.getString(TrailFields.TYPE),
        d.getString(TrailFields.REVISION),
        d.getString(TrailFields.AGGREGATE_TYPE),
        d.getString(TrailFields.AGGREGATE_ID),
        sequence == null ? 0 : sequence.longValue(),
        d.get(TrailFields.TIMESTAMP, Date.class).toInstant(),
        d.getString(TrailFields.USER),
        d.getString(TrailFields.CORRELATION_ID),
        d.getString(ReportingStore.BRANCH_ID),
        d.get(TrailFields.PAYLOAD, Document.class));
  }
}
