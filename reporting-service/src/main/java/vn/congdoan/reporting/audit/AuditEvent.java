package vn.congdoan.reporting.audit;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.bson.Document;
import vn.congdoan.reporting.projection.ReportingStore;

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
    Number sequence = d.get("sequence", Number.class);
    return new AuditEvent(
        d.getString("_id"),
        d.getString("service"),
        d.getString("type"),
        d.getString("revision"),
        d.getString("aggregateType"),
        d.getString("aggregateId"),
        sequence == null ? 0 : sequence.longValue(),
        d.get("timestamp", Date.class).toInstant(),
        d.getString("user"),
        d.getString("correlationId"),
        d.getString(ReportingStore.BRANCH_ID),
        d.get("payload", Document.class));
  }
}
