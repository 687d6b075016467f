package vn.congdoan.finance.api;

/** Which revenue a remittance to the upper union is the share of. */
public enum Share {
  DUES,
  UNION_FUNDING
}
