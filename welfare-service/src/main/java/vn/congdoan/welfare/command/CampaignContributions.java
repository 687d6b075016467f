package vn.congdoan.welfare.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.welfare.api.CampaignScope;
import vn.congdoan.welfare.api.ContributionReceivedEvent;
import vn.congdoan.welfare.api.RecordContributionCommand;
import vn.congdoan.welfare.command.CampaignView.BranchLine;

/** What a campaign collected, from which branches and members, and until when. */
public class CampaignContributions {
  private final Campaign campaign;
  private final Set<String> ids = new HashSet<>();
  private final Map<String, BranchLine> byBranch = new TreeMap<>();
  private long collectedVnd;
  private LocalDate lastReceivedOn;

  CampaignContributions(Campaign campaign) {
    this.campaign = campaign;
  }

  @CommandHandler
  public void handle(RecordContributionCommand c, MemberDirectory members, BranchBooks books) {
    // First, so a retried request meets its own contribution as a duplicate, not another rule.
    if (ids.contains(c.contributionId())) {
      throw new ConflictException(
          Refusal.of("welfare.contribution.duplicate", c.contributionId(), campaign.id()));
    }
    if (c.amountVnd() <= 0) {
      throw new RuleViolationException(Refusal.of("welfare.contribution.positive"));
    }
    if (campaign.scope() == CampaignScope.BRANCH
        && !campaign.branchId().equals(c.branchId().value())) {
      throw new RuleViolationException(
          Refusal.of(
              "welfare.contribution.other-branch",
              campaign.id(),
              campaign.branchId(),
              c.branchId()));
    }
    campaign.requireOpenOn(c.receivedOn(), Refusal.of("welfare.action.receive"));
    LocalDate closedOn = campaign.closedOn();
    if (closedOn != null && c.receivedOn().isAfter(closedOn)) {
      throw new RuleViolationException(
          Refusal.of(
              "welfare.contribution.after-closing", campaign.id(), closedOn, c.receivedOn()));
    }
    // A dissolved branch's books are closed: it gives nothing more.
    Optional<Refusal> problem =
        books
            .closed(c.branchId().value())
            .or(
                () ->
                    c.memberId() == null
                        ? Optional.empty()
                        : members.problem(c.branchId(), c.memberId(), c.receivedOn()));
    RuleViolationException.refuseIf(problem);
    apply(
        new ContributionReceivedEvent(
            campaign.id(),
            c.contributionId(),
            c.branchId(),
            c.memberId(),
            c.amountVnd(),
            c.receivedOn()));
  }

  long collectedVnd() {
    return collectedVnd;
  }

  int count() {
    return ids.size();
  }

  List<BranchLine> byBranch() {
    return List.copyOf(byBranch.values());
  }

  LocalDate lastReceivedOn() {
    return lastReceivedOn;
  }

  @EventSourcingHandler
  void on(ContributionReceivedEvent e) {
    ids.add(e.contributionId());
    collectedVnd = Math.addExact(collectedVnd, e.amountVnd());
    byBranch.merge(
        e.branchId().value(),
        new BranchLine(e.branchId().value(), e.amountVnd(), 1),
        (line, added) -> line.plus(added.amountVnd()));
    if (lastReceivedOn == null || e.receivedOn().isAfter(lastReceivedOn)) {
      lastReceivedOn = e.receivedOn();
    }
  }
}
