package vn.congdoan.membership.api;

/** Why a member left the union. */
public enum DepartureReason {
  RETIRED,
  TRANSFERRED_OUT,
  INELIGIBLE,
  RESIGNED,
  DECEASED
}
