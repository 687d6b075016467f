package vn.congdoan.membership.api;

/** Where a membership stands: going on, ended by a departure, or ended by a move to a branch. */
public enum MemberStatus {
  ACTIVE,
  DEPARTED,
  TRANSFERRED_OUT
}
