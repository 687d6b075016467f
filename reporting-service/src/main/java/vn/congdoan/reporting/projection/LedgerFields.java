package vn.congdoan.reporting.projection;

/**
 * The fields of a ledger entry ({@link ReportingStore#FINANCE_ENTRIES}), written by {@link
 * LedgerProjection} (which also names the kinds) and read by the year's finance figures, the
 * corrections of welfare grants and a dissolution's wind-up.
 */
public final class LedgerFields {
  public static final String KIND = "kind";
  public static final String AMOUNT_VND = "amountVnd";

  /** The day that puts the entry in a year: the first of the period for dues and funding. */
  public static final String ON = "on";

  public static final String ENTRY_ID = "entryId";
  public static final String STANDARD_VND = "standardVnd";
  public static final String PAYMENTS = "payments";
  public static final String PERIOD = "period";
  public static final String CATEGORY = "category";
  public static final String SHARE = "share";

  /** Of grant entries: the grant, and for a reversal booked late the year it corrects. */
  public static final String GRANT_ID = "grantId";

  public static final String CORRECTS_YEAR = "correctsYear";
  public static final String LATE = "late";

  private LedgerFields() {}
}
