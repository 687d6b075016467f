package vn.congdoan.reporting.projection;

/**
 * The fields of a year's review, written by {@link YearReviewProjections}: {@link
 * ReportingStore#RATINGS} (one per branch, group or member rated: subject, subject's id, rating)
 * and {@link ReportingStore#NARRATIVES} (the report's text and signatory). Both carry the branch in
 * {@link ReportingStore#BRANCH_ID} and the year.
 */
public final class ReviewFields {
  public static final String YEAR = "year";
  public static final String SUBJECT = "subject";
  public static final String SUBJECT_ID = "subjectId";
  public static final String RATING = "rating";
  public static final String SHORTCOMINGS = "shortcomings";
  public static final String CAUSES = "causes";
  public static final String PRIORITIES = "priorities";
  public static final String RECIPIENTS = "recipients";
  public static final String SIGNATORY = "signatory";

  /** Of the signatory. */
  public static final String TITLE = "title";

  public static final String NAME = "name";

  private ReviewFields() {}
}
