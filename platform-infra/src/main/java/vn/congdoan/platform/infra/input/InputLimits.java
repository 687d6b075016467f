package vn.congdoan.platform.infra.input;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.congdoan.platform.api.Refusal;

/**
 * Bounds on what a request may say ({@code platform.limits.*}): far beyond any real union, short of
 * overflowing a sum or blocking what waits for a day.
 *
 * @param maxVnd the largest amount of one entry (default a thousand billion đồng)
 * @param firstDay the earliest day a request may name
 * @param ahead how far after today a request may name a day
 * @param zone where "today" is
 */
@ConfigurationProperties("platform.limits")
public record InputLimits(
    @DefaultValue("1000000000000") long maxVnd,
    @DefaultValue("1900-01-01") LocalDate firstDay,
    @DefaultValue("P1Y") Period ahead,
    @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {

  public static final InputLimits DEFAULTS =
      new InputLimits(
          1_000_000_000_000L,
          LocalDate.of(1900, 1, 1),
          Period.ofYears(1),
          ZoneId.of("Asia/Ho_Chi_Minh"));

  /** Today where the unions are. */
  public LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(zone));
  }

  /** Why a request may not name {@code day}, if it may not: the one bound of JSON and CSV alike. */
  public Optional<String> refusal(LocalDate day, LocalDate today) {
    return why(day, today).map(Refusal::english);
  }

  /** As {@link #refusal}, to be told in the caller's language. */
  public Optional<Refusal> why(LocalDate day, LocalDate today) {
    LocalDate last = today.plus(ahead);
    return day.isBefore(firstDay) || day.isAfter(last)
        ? Optional.of(Refusal.of("platform.input.day-range", Days.show(firstDay), Days.show(last)))
        : Optional.empty();
  }
}
