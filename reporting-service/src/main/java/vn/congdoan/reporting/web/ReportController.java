package vn.congdoan.reporting.web;

import java.time.Clock;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.infra.security.BranchAccess;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.reporting.audit.PointInTime;
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
  private final BranchAccess access;
  private final PointInTime pointInTime;
  private final Clock clock;

  public ReportController(
      YearSummaryQuery summaries,
      ProvinceSummaries province,
      BranchAccess access,
      PointInTime pointInTime,
      Clock clock) {
    this.summaries = summaries;
    this.province = province;
    this.access = access;
    this.pointInTime = pointInTime;
    this.clock = clock;
  }

  /** {@code asOf}: the figures as the record stood at that instant (later events left out). */
  @GetMapping("/api/reports/branches/{branchId}/years/{year}")
  public YearSummary branchYear(
      @PathVariable String branchId,
      @PathVariable int year,
      @RequestParam(required = false) Instant asOf) {
    // Access first: another branch's officer must not learn whether the branch exists.
    access.requireRead(branchId);
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

  @GetMapping("/api/reports/province/years/{year}")
  public ProvinceSummary provinceYear(
      @PathVariable int year, @RequestParam(required = false) String parentUnion) {
    access.requireRole(Role.FEDERATION_STAFF, Role.AUDITOR, Role.ADMIN);
    return province.of(new ReportYear(year), parentUnion);
  }
}
