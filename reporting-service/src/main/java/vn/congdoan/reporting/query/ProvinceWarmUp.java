package vn.congdoan.reporting.query;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congdoan.platform.infra.concurrent.DaemonThreads;

/**
 * Reads the province summaries of the running year and the years before it before anyone asks: at
 * start and just after each midnight, the two moments their rows are read whole (the running year
 * is counted up to today). At 3,000 branches that whole read takes 9–16 s, which the first staff
 * member of the day used to wait through; afterwards each change reads only its branches again.
 */
public final class ProvinceWarmUp implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ProvinceWarmUp.class);

  /** After midnight, so that "today" has turned in the union's time zone whatever the drift. */
  static final Duration AFTER_MIDNIGHT = Duration.ofMinutes(1);

  private final ProvinceSummaries summaries;
  private final Clock clock;
  private final int years;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("province-warm-up"));

  /** {@code years}: how many years back from the running one, itself included; 0 reads none. */
  public ProvinceWarmUp(ProvinceSummaries summaries, Clock clock, int years) {
    this.summaries = summaries;
    this.clock = clock;
    this.years = years;
  }

  /** Reads now in the background, and again after each midnight. */
  public void start() {
    if (years > 0) {
      timer.execute(this::warmAndReschedule);
    }
  }

  /** Reads the years' whole-province summaries; a store away is tried again at the next turn. */
  void warm() {
    int running = LocalDate.now(clock).getYear();
    for (int year = running; year > running - years; year--) {
      try {
        long started = System.nanoTime();
        summaries.of(new ReportYear(year), null);
        log.info(
            "Province summary of {} read ahead in {} ms",
            year,
            (System.nanoTime() - started) / 1_000_000);
      } catch (RuntimeException e) {
        log.warn("Province summary of {} not read ahead: {}", year, e.toString());
      }
    }
  }

  /** How long from now until the next read: one minute past the coming midnight. */
  Duration untilNext() {
    ZonedDateTime now = ZonedDateTime.now(clock);
    ZonedDateTime next =
        now.toLocalDate().plusDays(1).atStartOfDay(clock.getZone()).plus(AFTER_MIDNIGHT);
    return Duration.between(now, next);
  }

  private void warmAndReschedule() {
    warm();
    timer.schedule(this::warmAndReschedule, untilNext().toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
