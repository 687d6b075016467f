package vn.congdoan.platform.api;

/** Metadata every recorded event carries. */
public final class MetadataKeys {
  /** The {@code sub} of the user whose request recorded the event. */
  public static final String USER = "user";

  /** The branch the event concerns. */
  public static final String BRANCH = "branch";

  public static final String CORRELATION_ID = "correlationId";

  /** The {@code Idempotency-Key} of the request, when it had one. */
  public static final String IDEMPOTENCY_KEY = "idempotencyKey";

  private MetadataKeys() {}
}
