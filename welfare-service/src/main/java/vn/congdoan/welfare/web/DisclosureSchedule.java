package vn.congdoan.welfare.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.congdoan.welfare.command.CampaignView;
import vn.congdoan.welfare.config.DisclosureSettings;

/**
 * Where a campaign stands with its public disclosures (Hướng dẫn 42/HD-TLĐ): receipts within {@code
 * welfare.disclosure.receipts-within-days} after closing, the distribution within {@code
 * distribution-within-days} after the last remittance, judged against today.
 */
@Component
public class DisclosureSchedule {
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

  public record Disclosures(Disclosure receipts, Disclosure distribution) {}

  private final DisclosureSettings settings;
  private final Clock clock;

  public DisclosureSchedule(DisclosureSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  public Disclosures of(CampaignView campaign) {
    LocalDate today = LocalDate.now(clock);
    return new Disclosures(
        status(
            campaign.closedOn(),
            settings.receiptsWithinDays(),
            campaign.receiptsPublished(),
            today),
        status(
            campaign.lastRemittedOn(),
            settings.distributionWithinDays(),
            campaign.distributionsPublished(),
            today));
  }

  /**
   * Only a publication on or after {@code from} counts: a distribution published before a later
   * remittance does not show where that money went, so the later remittance makes it due again.
   */
  static Disclosure status(LocalDate from, int days, List<LocalDate> published, LocalDate today) {
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
