package vn.congdoan.reporting.projection;

/**
 * The fields of a branch's document ({@link ReportingStore#BRANCHES}, keyed by the branch's id),
 * written by {@link BranchProjection} and read wherever a report names the branch, its union and
 * its groups.
 */
public final class BranchFields {
  public static final String NAME = "name";
  public static final String PARENT_UNION = "parentUnion";
  public static final String SECTOR = "sector";
  public static final String DISSOLVED_ON = "dissolvedOn";
  public static final String DISSOLUTION_REASON = "dissolutionReason";
  public static final String GROUPS = "groups";

  /** Of each group: its id, and its name in {@link #NAME}. */
  public static final String GROUP_ID = "groupId";

  private BranchFields() {}
}
