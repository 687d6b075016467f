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
import vn.congdoan.platform.api.Refusal;
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
          Refusal.of("welfare.remittance.duplicate", c.remittanceId(), campaign.id()));
    }
    if (c.amountVnd() <= 0) {
      throw new RuleViolationException(Refusal.of("welfare.remittance.positive"));
    }
    campaign.requireOpenOn(c.remittedOn(), Refusal.of("welfare.action.remit"));
    long available = campaign.collectedVnd() - remittedVnd;
    if (c.amountVnd() > available) {
      throw new RuleViolationException(
          Refusal.of(
              "welfare.remittance.over",
              campaign.id(),
              Refusal.vnd(available),
              Refusal.vnd(campaign.collectedVnd()),
              Refusal.vnd(remittedVnd),
              Refusal.vnd(c.amountVnd())));
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
          c.kind() == DisclosureKind.RECEIPTS
              ? Refusal.of("welfare.disclosure.receipts-open", campaign.id())
              : Refusal.of("welfare.disclosure.nothing-remitted", campaign.id()));
    }
    if (c.publishedOn().isBefore(from)) {
      throw new RuleViolationException(
          Refusal.of(
              "welfare.disclosure.too-early",
              c.kind() == DisclosureKind.RECEIPTS
                  ? Refusal.of("welfare.disclosure.receipts")
                  : Refusal.of("welfare.disclosure.distribution"),
              campaign.id(),
              c.publishedOn(),
              from));
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
