package vn.congdoan.welfare.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.infra.security.BranchRead;
import vn.congdoan.welfare.api.CampaignScope;
import vn.congdoan.welfare.command.CampaignView;
import vn.congdoan.welfare.command.CampaignView.BranchLine;
import vn.congdoan.welfare.query.CampaignAccess;
import vn.congdoan.welfare.web.DisclosureSchedule.Disclosures;

/** A campaign as it stands now: money in, money out, and whether it was made public in time. */
@RestController
public class CampaignStatusController {
  public record CampaignStatus(
      String campaignId,
      String title,
      CampaignScope scope,
      String branchId,
      String purpose,
      LocalDate opensOn,
      LocalDate closesOn,
      LocalDate closedOn,
      long collectedVnd,
      long remittedVnd,
      long availableVnd,
      int contributions,
      List<BranchLine> byBranch,
      Disclosures disclosure) {}

  private final CampaignAccess campaigns;
  private final DisclosureSchedule schedule;

  public CampaignStatusController(CampaignAccess campaigns, DisclosureSchedule schedule) {
    this.campaigns = campaigns;
    this.schedule = schedule;
  }

  /**
   * The totals are the whole campaign's (they are published anyway); the lines by branch are only
   * those the caller may see, so an officer learns nothing of other branches' giving.
   */
  @Operation(
      summary = "Get a campaign's totals, its giving by branch and the state of its disclosures")
  @BranchRead
  @GetMapping("/api/campaigns/{campaignId}")
  public CampaignStatus campaign(@PathVariable String campaignId) {
    CampaignView c = campaigns.readable(campaignId);
    return new CampaignStatus(
        c.campaignId(),
        c.title(),
        c.scope(),
        c.branchId(),
        c.purpose(),
        c.opensOn(),
        c.closesOn(),
        c.closedOn(),
        c.collectedVnd(),
        c.remittedVnd(),
        c.availableVnd(),
        c.contributions(),
        campaigns.visibleLines(c.byBranch()),
        schedule.of(c));
  }
}
