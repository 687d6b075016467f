package vn.congdoan.reporting.query;

import java.time.LocalDate;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.Refusal;

/**
 * A report's calendar year, as the ISO date strings the read model stores: they sort as dates, so
 * range filters on them are date ranges.
 */
public record ReportYear(int value) {
  public static final int MIN = 1900;
  public static final int MAX = 2200;

  public ReportYear {
    if (value < MIN || value > MAX) {
      throw new BadRequestException(Refusal.of("reporting.year.range", MIN, MAX, value));
    }
  }

  public String first() {
    return LocalDate.of(value, 1, 1).toString();
  }

  public String last() {
    return LocalDate.of(value, 12, 31).toString();
  }

  /**
   * The day members are counted on, as they stood at its end: 31 December, or today while the year
   * is running.
   */
  public LocalDate countedOn(LocalDate today) {
    return today.getYear() == value ? today : LocalDate.of(value, 12, 31);
  }

  /**
   * The day a branch's members are counted on: as {@link #countedOn(LocalDate)}, but in the year
   * the branch was dissolved, the day before the dissolution took effect (unless that is still to
   * come). The dissolution ended every membership, so this is who was on its roll when it closed.
   */
  public LocalDate countedOn(LocalDate today, LocalDate dissolvedOn) {
    LocalDate day = countedOn(today);
    if (dissolvedOn == null || dissolvedOn.getYear() != value) {
      return day;
    }
    LocalDate lastOpenDay = dissolvedOn.minusDays(1);
    return lastOpenDay.isBefore(day) ? lastOpenDay : day;
  }
}
