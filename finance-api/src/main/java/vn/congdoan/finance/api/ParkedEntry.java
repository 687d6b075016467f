package vn.congdoan.finance.api;

/** What of a welfare grant the ledger could not book: the grant itself, or its reversal. */
public enum ParkedEntry {
  GRANT,
  REVERSAL
}
