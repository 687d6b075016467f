package vn.congdoan.reporting.projection;

/**
 * The fields of a welfare grant's document ({@link ReportingStore#WELFARE_GRANTS}), written by
 * {@link WelfareGrantProjection} and read by the year's welfare figures and the list of grants.
 */
public final class GrantFields {
  public static final String KIND = "kind";
  public static final String FUND = "fund";
  public static final String GRANTED_ON = "grantedOn";
  public static final String RECIPIENTS = "recipients";
  public static final String AMOUNT_VND_EACH = "amountVndEach";
  public static final String AMOUNT_VND = "amountVnd";

  /** Present once the grant was reversed: it then counts in no year's figures. */
  public static final String REVERSED_ON = "reversedOn";

  private GrantFields() {}
}
