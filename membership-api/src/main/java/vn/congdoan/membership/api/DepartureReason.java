package vn.congdoan.membership.api;

/** Why a member left the union. */
public enum DepartureReason {
  RETIRED,
  TRANSFERRED_OUT,
  INELIGIBLE,
  RESIGNED,
  DECEASED,
  /**
   * The branch was dissolved and nobody received its members. Recorded only by the dissolution
   * itself, never asked for on its own.
   */
  BRANCH_DISSOLVED
}
