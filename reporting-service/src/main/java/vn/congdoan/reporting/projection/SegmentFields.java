package vn.congdoan.reporting.projection;

/**
 * The fields of a member's segment ({@link ReportingStore#MEMBER_SEGMENTS}: one stretch of a member
 * in one group of one branch), written by {@link MemberSegmentProjection} and read by the year's
 * member figures, age bands and a dissolution's wind-up. Its branch is in {@link
 * ReportingStore#BRANCH_ID}.
 */
public final class SegmentFields {
  public static final String MEMBER_ID = "memberId";
  public static final String GROUP_ID = "groupId";

  /** The first day of the stretch, and the day it ended ({@code null} while open). */
  public static final String FROM = "from";

  public static final String TO = "to";

  /** How it began and ended: {@link MemberSegmentProjection#ADMITTED} and the like. */
  public static final String START_KIND = "startKind";

  public static final String END_KIND = "endKind";
  public static final String DEPARTURE_REASON = "departureReason";

  /** The place in the branch's stream of the event that opened it. */
  public static final String OPEN_SEQ = "openSeq";

  /** The member's traits, carried over from segment to segment. */
  public static final String GENDER = "gender";

  public static final String BIRTH_YEAR = "birthYear";
  public static final String HONORARY = "honorary";
  public static final String POSITION = "position";
  public static final String ERASED = "erased";

  /**
   * The place in the stream of the latest correction applied, so that an earlier one delivered
   * again does not undo it.
   */
  public static final String CORRECTED_SEQ = "correctedSeq";

  private SegmentFields() {}
}
