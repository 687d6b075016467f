package vn.congdoan.membership.command;

import java.time.LocalDate;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.platform.infra.input.Days;

/**
 * A member joins as a worker, so at the working age of the Labour Code (15) at least: a birth date
 * that makes someone join younger is a typing mistake, found now rather than in a year-end count.
 */
final class JoiningAge {
  static final int MINIMUM_YEARS = 15;

  private JoiningAge() {}

  static void check(MemberId id, LocalDate bornOn, LocalDate joinedOn) {
    if (bornOn != null && joinedOn != null && bornOn.plusYears(MINIMUM_YEARS).isAfter(joinedOn)) {
      // the days as dd/MM/yyyy in English too: a typed birth date is checked against the form
      throw new RuleViolationException(
          Refusal.of(
              "membership.member.too-young",
              id,
              Days.show(bornOn),
              Days.show(joinedOn),
              MINIMUM_YEARS));
    }
  }
}
