package vn.congdoan.welfare.api;

/** Which money paid a grant. */
public enum Fund {
  DUES,
  UNION_FUNDING,
  OTHER
}
