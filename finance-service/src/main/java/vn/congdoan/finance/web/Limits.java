package vn.congdoan.finance.web;

import java.time.YearMonth;

/** Bounds on what a client may send: far beyond any real branch, short of overflowing a sum. */
final class Limits {
  /** A month {@code yyyy-MM} between 1900-01 and 2999-12. */
  static final String PERIOD = "(19|2\\d)\\d{2}-(0[1-9]|1[0-2])";

  static final String PERIOD_MESSAGE = "must be a month yyyy-MM between 1900-01 and 2999-12";

  private Limits() {}

  /** Called only after {@code @Pattern(regexp = PERIOD)} has passed. */
  static YearMonth period(String text) {
    return YearMonth.parse(text);
  }
}
