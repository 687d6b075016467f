package vn.congdoan.reporting.projection;

/**
 * The fields of a budget estimate's document ({@link ReportingStore#BUDGETS}), written by {@link
 * BudgetProjection} and read by the province's list of what needs attention.
 */
public final class BudgetFields {
  public static final String YEAR = "year";
  public static final String LINES = "lines";

  /** Of each line. */
  public static final String CATEGORY = "category";

  public static final String AMOUNT_VND = "amountVnd";
  public static final String TOTAL_VND = "totalVnd";
  public static final String SUBMITTED_ON = "submittedOn";
  public static final String APPROVED_ON = "approvedOn";
  public static final String APPROVED_BY = "approvedBy";

  private BudgetFields() {}
}
