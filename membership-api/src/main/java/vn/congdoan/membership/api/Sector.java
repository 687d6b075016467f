package vn.congdoan.membership.api;

/** The kind of employer a branch belongs to; it decides which dues rules apply. */
public enum Sector {
  STATE_AGENCY,
  PUBLIC_SERVICE_UNIT,
  STATE_ENTERPRISE,
  NON_STATE_ENTERPRISE,
  OTHER
}
