package vn.congdoan.welfare.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.welfare.api.CampaignDisclosurePublishedEvent;
import vn.congdoan.welfare.api.CampaignFundsRemittedEvent;
import vn.congdoan.welfare.api.DisclosureKind;
import vn.congdoan.welfare.api.PublishDisclosureCommand;
import vn.congdoan.welfare.api.RemitCampaignFundsCommand;

/**
 * What a campaign paid out and what it made public (Hướng dẫn 42/HD-TLĐ): money leaves only as far
 * as it came in, and each disclosure only once there is something to disclose.
 */
public class CampaignFunds {
  private final Campaign campaign;
  private final Set<String> remittanceIds = new HashSet<>();
  private long remittedVnd;
  private LocalDate firstRemittedOn;
  private LocalDate lastRemittedOn;
  private final Map<DisclosureKind, List<LocalDate>> published =
      new EnumMap<>(DisclosureKind.class);

  CampaignFunds(Campaign campaign) {
    this.campaign = campaign;
  }

  @CommandHandler
  public void handle(RemitCampaignFundsCommand c) {
    if (remittanceIds.contains(c.remittanceId())) {
      throw new ConflictException(
          "Remittance %s is already recorded in campaign %s"
              .formatted(c.remittanceId(), campaign.id()));
    }
    if (c.amountVnd() <= 0) {
      throw new RuleViolationException("A remittance must be more than 0 VND");
    }
    campaign.requireOpenOn(c.remittedOn(), "remit");
    long available = campaign.collectedVnd() - remittedVnd;
    if (c.amountVnd() > available) {
      throw new RuleViolationException(
          "Campaign %s has only %d VND available to remit (collected %d, already remitted %d), not %d"
              .formatted(
                  campaign.id(), available, campaign.collectedVnd(), remittedVnd, c.amountVnd()));
    }
    apply(
        new CampaignFundsRemittedEvent(
            campaign.id(), c.remittanceId(), c.recipient(), c.amountVnd(), c.remittedOn()));
  }

  @CommandHandler
  public void handle(PublishDisclosureCommand c) {
    LocalDate from = c.kind() == DisclosureKind.RECEIPTS ? campaign.closedOn() : firstRemittedOn;
    if (from == null) {
      throw new RuleViolationException(
          (c.kind() == DisclosureKind.RECEIPTS
                  ? "Campaign %s is not closed yet: receipts are published after closing"
                  : "Campaign %s has remitted nothing yet: there is no distribution to publish")
              .formatted(campaign.id()));
    }
    if (c.publishedOn().isBefore(from)) {
      throw new RuleViolationException(
          "The %s disclosure of campaign %s cannot be published on %s, before %s"
              .formatted(c.kind(), campaign.id(), c.publishedOn(), from));
    }
    apply(
        new CampaignDisclosurePublishedEvent(campaign.id(), c.kind(), c.publishedOn(), c.where()));
  }

  long remittedVnd() {
    return remittedVnd;
  }

  LocalDate lastRemittedOn() {
    return lastRemittedOn;
  }

  List<LocalDate> published(DisclosureKind kind) {
    return List.copyOf(published.getOrDefault(kind, List.of()));
  }

  @EventSourcingHandler
  void on(CampaignFundsRemittedEvent e) {
    remittanceIds.add(e.remittanceId());
    remittedVnd = Math.addExact(remittedVnd, e.amountVnd());
    if (firstRemittedOn == null || e.remittedOn().isBefore(firstRemittedOn)) {
      firstRemittedOn = e.remittedOn();
    }
    if (lastRemittedOn == null || e.remittedOn().isAfter(lastRemittedOn)) {
      lastRemittedOn = e.remittedOn();
    }
  }

  @EventSourcingHandler
  void on(CampaignDisclosurePublishedEvent e) {
    published.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e.publishedOn());
  }
}
