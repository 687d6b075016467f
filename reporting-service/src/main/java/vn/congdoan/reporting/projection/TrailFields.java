package vn.congdoan.reporting.projection;

/**
 * The fields of an audit trail entry ({@link ReportingStore#AUDIT_EVENTS}): one per event received,
 * written by the trail's recorder (as a document and, in a replay, as BSON bytes), read back by the
 * audit history, its export, point-in-time readings and the replay's comparison. Its branch is in
 * {@link ReportingStore#BRANCH_ID}, as in every other collection.
 */
public final class TrailFields {
  public static final String SERVICE = "service";
  public static final String TYPE = "type";
  public static final String REVISION = "revision";
  public static final String AGGREGATE_TYPE = "aggregateType";
  public static final String AGGREGATE_ID = "aggregateId";
  public static final String SEQUENCE = "sequence";
  public static final String TIMESTAMP = "timestamp";
  public static final String USER = "user";
  public static final String CORRELATION_ID = "correlationId";
  public static final String PAYLOAD = "payload";

  private TrailFields() {}
}
