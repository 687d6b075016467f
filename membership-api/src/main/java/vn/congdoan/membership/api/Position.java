package vn.congdoan.membership.api;

/** A member's office in the union. */
public enum Position {
  CHAIR,
  VICE_CHAIR,
  EXECUTIVE_COMMITTEE,
  INSPECTION_COMMITTEE,
  GROUP_LEADER
}
