package vn.congdoan.membership.api;

/** What kind of activity a branch held. */
public enum ActivityKind {
  PROPAGANDA,
  MEETING,
  CONFERENCE,
  SPORTS,
  CULTURE,
  STUDY_TOUR,
  VOLUNTEER,
  OTHER
}
