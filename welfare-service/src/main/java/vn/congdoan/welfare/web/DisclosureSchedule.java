package vn.congdoan.welfare.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.congdoan.welfare.api.DisclosureDeadline;
import vn.congdoan.welfare.api.DisclosureDeadline.Disclosure;
import vn.congdoan.welfare.command.CampaignView;
import vn.congdoan.welfare.config.DisclosureSettings;

/**
 * Where a campaign stands with its public disclosures ({@link DisclosureDeadline}): receipts within
 * {@code welfare.disclosure.receipts-within-days} after closing, the distribution within {@code
 * distribution-within-days} after the last remittance, judged against today.
 */
@Component
public class DisclosureSchedule {
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
        DisclosureDeadline.status(
            campaign.closedOn(),
            settings.receiptsWithinDays(),
            campaign.receiptsPublished(),
            today),
        DisclosureDeadline.status(
            campaign.lastRemittedOn(),
            settings.distributionWithinDays(),
            campaign.distributionsPublished(),
            today));
  }
}
