package vn.congdoan.membership.api;

/** A study achievement. */
public enum AchievementKind {
  DOCTORATE,
  MASTER,
  SENIOR_SPECIALIST_COURSE,
  POLITICAL_THEORY_INTERMEDIATE,
  POLITICAL_THEORY_ADVANCED,
  OTHER
}
