package vn.congdoan.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.infra.security.Allowed;
import vn.congdoan.platform.infra.security.BranchRead;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.reporting.query.CampaignProgress;
import vn.congdoan.reporting.query.ReportYear;
import vn.congdoan.reporting.query.YearSummaryQuery;

/** The province's donation campaigns and their progress, for federation staff. */
@RestController
public class CampaignController {
  private final CampaignProgress campaigns;
  private final YearSummaryQuery summaries;
  private final Clock clock;

  public CampaignController(CampaignProgress campaigns, YearSummaryQuery summaries, Clock clock) {
    this.campaigns = campaigns;
    this.summaries = summaries;
    this.clock = clock;
  }

  /**
   * {@code year}: this year unless given; {@code parentUnion}: collected from its branches only.
   */
  @Operation(summary = "List a year's donation campaigns with what they collected and remitted")
  @Allowed(anyBranch = {Role.FEDERATION_STAFF, Role.AUDITOR, Role.ADMIN})
  @GetMapping("/api/reports/campaigns")
  public List<CampaignProgress.Campaign> campaigns(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String parentUnion) {
    var reportYear = new ReportYear(year == null ? LocalDate.now(clock).getYear() : year);
    return campaigns.of(reportYear, summaries.scopeOf(parentUnion));
  }

  @Operation(
      summary =
          "List the campaigns a branch takes part in (the province's and its own) with what the"
              + " branch gave")
  @BranchRead
  @GetMapping("/api/reports/branches/{branchId}/campaigns")
  public List<CampaignProgress.Campaign> branchCampaigns(
      @PathVariable String branchId, @RequestParam(required = false) Integer year) {
    var reportYear = new ReportYear(year == null ? LocalDate.now(clock).getYear() : year);
    return campaigns.forBranch(reportYear, branchId);
  }
}
