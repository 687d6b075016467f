package vn.congdoan.welfare.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.welfare.api.CampaignClosedEvent;
import vn.congdoan.welfare.api.CampaignId;
import vn.congdoan.welfare.api.CampaignLaunchedEvent;
import vn.congdoan.welfare.api.CampaignScope;
import vn.congdoan.welfare.api.CloseCampaignCommand;
import vn.congdoan.welfare.api.DisclosureKind;
import vn.congdoan.welfare.api.LaunchCampaignCommand;

/**
 * A donation campaign (vận động ủng hộ), province-wide or of one branch: what it collected ({@link
 * CampaignContributions}) until it closed, and what it paid out and disclosed ({@link
 * CampaignFunds}). A province campaign gathers contributions from thousands of branches, so loaded
 * campaigns are cached rather than replayed for each contribution.
 */
@Aggregate(cache = "campaignCache")
public class Campaign {
  @AggregateIdentifier private CampaignId campaignId;
  private String title;
  private CampaignScope scope;
  private String branchId;
  private String purpose;
  private LocalDate opensOn;
  private LocalDate closesOn;
  private LocalDate closedOn;

  @AggregateMember
  private final CampaignContributions contributions = new CampaignContributions(this);

  @AggregateMember private final CampaignFunds funds = new CampaignFunds(this);

  protected Campaign() {}

  @CommandHandler
  public Campaign(LaunchCampaignCommand c, BranchBooks books) {
    if ((c.scope() == CampaignScope.BRANCH) != (c.branchId() != null)) {
      throw new RuleViolationException(Refusal.of("welfare.campaign.scope"));
    }
    if (c.branchId() != null) {
      RuleViolationException.refuseIf(books.closed(c.branchId().value()));
    }
    if (c.closesOn() != null && c.closesOn().isBefore(c.opensOn())) {
      throw new RuleViolationException(
          Refusal.of("welfare.campaign.closes-before-opens", c.closesOn(), c.opensOn()));
    }
    apply(
        new CampaignLaunchedEvent(
            c.campaignId(),
            c.title(),
            c.scope(),
            c.branchId(),
            c.purpose(),
            c.opensOn(),
            c.closesOn()));
  }

  @CommandHandler
  public void handle(CloseCampaignCommand c) {
    if (closedOn != null) {
      throw new RuleViolationException(
          Refusal.of("welfare.campaign.already-closed", campaignId, closedOn));
    }
    requireOpenOn(c.closedOn(), Refusal.of("welfare.action.close"));
    // The receipts published after closing must include every contribution counted.
    LocalDate lastReceivedOn = contributions.lastReceivedOn();
    if (lastReceivedOn != null && c.closedOn().isBefore(lastReceivedOn)) {
      throw new RuleViolationException(
          Refusal.of(
              "welfare.campaign.close-before-contribution",
              campaignId,
              c.closedOn(),
              lastReceivedOn));
    }
    apply(new CampaignClosedEvent(campaignId, c.closedOn()));
  }

  void requireOpenOn(LocalDate day, Refusal action) {
    if (day.isBefore(opensOn)) {
      throw new RuleViolationException(
          Refusal.of("welfare.campaign.before-opening", campaignId, action, day, opensOn));
    }
  }

  /** A copy of the campaign now, for reads that must agree with its rules. */
  public CampaignView view() {
    return new CampaignView(
        CampaignId.valueOf(campaignId),
        title,
        scope,
        branchId,
        purpose,
        opensOn,
        closesOn,
        closedOn,
        contributions.collectedVnd(),
        funds.remittedVnd(),
        contributions.count(),
        contributions.byBranch(),
        funds.lastRemittedOn(),
        funds.published(DisclosureKind.RECEIPTS),
        funds.published(DisclosureKind.DISTRIBUTION));
  }

  CampaignId id() {
    return campaignId;
  }

  CampaignScope scope() {
    return scope;
  }

  String branchId() {
    return branchId;
  }

  LocalDate closedOn() {
    return closedOn;
  }

  long collectedVnd() {
    return contributions.collectedVnd();
  }

  @EventSourcingHandler
  void on(CampaignLaunchedEvent e) {
    campaignId = e.campaignId();
    title = e.title();
    scope = e.scope();
    branchId = BranchId.valueOf(e.branchId());
    purpose = e.purpose();
    opensOn = e.opensOn();
    closesOn = e.closesOn();
  }

  @EventSourcingHandler
  void on(CampaignClosedEvent e) {
    closedOn = e.closedOn();
  }
}
