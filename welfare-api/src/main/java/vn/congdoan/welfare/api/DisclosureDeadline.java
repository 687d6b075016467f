package vn.congdoan.welfare.api;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule of a campaign's public disclosures (Hướng dẫn 42/HD-TLĐ): each is due within a number of
 * days from the day that made it due (the closing for receipts, the last remittance for the
 * distribution). Welfare answers a campaign's status by it and reporting lists the overdue ones by
 * it, so the two cannot judge a deadline differently.
 */
public final class DisclosureDeadline {
  public enum Status {
    /** Nothing to disclose yet: not closed, or nothing remitted. */
    NOT_DUE,
    /** To be published, and the deadline has not passed. */
    DUE,
    OVERDUE,
    DONE
  }

  /**
   * @param dueBy the last day it may be published, once due
   * @param publishedOn the publication that counts, once done
   */
  public record Disclosure(Status status, LocalDate dueBy, LocalDate publishedOn) {}

  private DisclosureDeadline() {}

  /**
   * Only a publication on or after {@code from} counts: a distribution published before a later
   * remittance does not show where that money went, so the later remittance makes it due again.
   */
  public static Disclosure status(
      LocalDate from, int days, List<LocalDate> published, LocalDate today) {
    if (from == null) {
      return new Disclosure(Status.NOT_DUE, null, null);
    }
    LocalDate dueBy = from.plusDays(days);
    Optional<LocalDate> counted =
        published.stream().filter(d -> !d.isBefore(from)).min(Comparator.naturalOrder());
    if (counted.isPresent()) {
      return new Disclosure(Status.DONE, dueBy, counted.get());
    }
    return new Disclosure(today.isAfter(dueBy) ? Status.OVERDUE : Status.DUE, dueBy, null);
  }
}
