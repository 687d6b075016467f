package vn.congdoan.membership.api;

/** What an inspection looked at. */
public enum InspectionScope {
  CHARTER,
  FINANCE,
  OTHER
}
