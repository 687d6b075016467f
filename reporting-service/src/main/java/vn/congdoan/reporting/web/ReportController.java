package vn.congdoan.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.infra.security.Allowed;
import vn.congdoan.platform.infra.security.BranchRead;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.reporting.audit.PointInTime;
import vn.congdoan.reporting.query.GrantList;
import vn.congdoan.reporting.query.ProvinceSummaries;
import vn.congdoan.reporting.query.ProvinceSummary;
import vn.congdoan.reporting.query.ReportYear;
import vn.congdoan.reporting.query.YearSummary;
import vn.congdoan.reporting.query.YearSummaryQuery;

/** Year summaries of a branch and of the whole province, read from the projections. */
@RestController
public class ReportController {
  private final YearSummaryQuery summaries;
  private final ProvinceSummaries province;
  private final PointInTime pointInTime;
  private final GrantList grants;
  private final Clock clock;

  public ReportController(
      YearSummaryQuery summaries,
      ProvinceSummaries province,
      PointInTime pointInTime,
      GrantList grants,
      Clock clock) {
    this.grants = grants;
    this.summaries = summaries;
    this.province = province;
    this.pointInTime = pointInTime;
    this.clock = clock;
  }

  /** {@code asOf}: the figures as the record stood at that instant (later events left out). */
  @Operation(summary = "Get a branch's year summary, now or as the record stood at an instant")
  @BranchRead
  @GetMapping("/api/reports/branches/{branchId}/years/{year}")
  public YearSummary branchYear(
      @PathVariable String branchId,
      @PathVariable int year,
      @RequestParam(required = false) Instant asOf) {
    // Access first: another branch's officer must not learn whether the branch exists.
    var reportYear = new ReportYear(year);
    if (asOf == null) {
      return summaries.forBranch(branchId, reportYear);
    }
    return pointInTime.of(
        branchId,
        asOf,
        "summary:" + year,
        store -> new YearSummaryQuery(store, clock).forBranch(branchId, reportYear));
  }

  @Operation(
      summary = "List a branch's welfare grants of a year, latest first, reversed ones marked")
  @BranchRead
  @GetMapping("/api/reports/branches/{branchId}/years/{year}/grants")
  public List<GrantList.GrantRow> grants(@PathVariable String branchId, @PathVariable int year) {
    return grants.of(branchId, new ReportYear(year));
  }

  @Operation(summary = "Get the province's year summary, or one upper union's")
  @Allowed(anyBranch = {Role.FEDERATION_STAFF, Role.AUDITOR, Role.ADMIN})
  @GetMapping("/api/reports/province/years/{year}")
  public ProvinceSummary provinceYear(
      @PathVariable int year, @RequestParam(required = false) String parentUnion) {
    return province.of(new ReportYear(year), parentUnion);
  }
}
