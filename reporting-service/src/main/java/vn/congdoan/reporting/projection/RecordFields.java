package vn.congdoan.reporting.projection;

/**
 * The fields of the branch's records, written by {@link BranchRecordProjections}: {@link
 * ReportingStore#ACTIVITIES} (kind, title, held on, participants), {@link ReportingStore#AWARDS}
 * (year, member, collective, title, issuer, awarded on), {@link ReportingStore#ACHIEVEMENTS} (year,
 * member, kind, title), {@link ReportingStore#COMPLAINTS} (received on, resolved on) and {@link
 * ReportingStore#INSPECTIONS} (held on, scope, violations found). Each document has its branch in
 * {@link ReportingStore#BRANCH_ID}.
 */
public final class RecordFields {
  public static final String KIND = "kind";
  public static final String TITLE = "title";
  public static final String YEAR = "year";
  public static final String MEMBER_ID = "memberId";
  public static final String HELD_ON = "heldOn";
  public static final String PARTICIPANTS = "participants";
  public static final String COLLECTIVE = "collective";
  public static final String ISSUER = "issuer";
  public static final String AWARDED_ON = "awardedOn";
  public static final String RECEIVED_ON = "receivedOn";
  public static final String RESOLVED_ON = "resolvedOn";
  public static final String SCOPE = "scope";
  public static final String VIOLATIONS_FOUND = "violationsFound";

  private RecordFields() {}
}
