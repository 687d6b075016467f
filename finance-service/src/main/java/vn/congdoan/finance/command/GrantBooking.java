package vn.congdoan.finance.command;

/** What the ledger did with a welfare grant or its reversal, for the feed that counts it. */
public enum GrantBooking {
  /** Booked as member care, or taken back. */
  BOOKED,
  /** Could not be booked (settled year, closed books): on the year's problem list. */
  PARKED,
  /** A parked grant was reversed: nothing left to book, off the problem list. */
  WITHDRAWN,
  /** Delivered again: done before, nothing recorded. */
  ALREADY_DONE,
  /** A reversal of a grant the ledger never received: nothing to take back. */
  UNKNOWN_GRANT
}
