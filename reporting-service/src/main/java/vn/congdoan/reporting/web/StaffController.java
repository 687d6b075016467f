package vn.congdoan.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.infra.security.Allowed;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.reporting.query.ProvinceAttention;
import vn.congdoan.reporting.query.ReportYear;
import vn.congdoan.reporting.query.WindUpPreview;

/** What federation staff read before they act: what waits on them, what a dissolution does. */
@RestController
public class StaffController {
  private final ProvinceAttention attention;
  private final WindUpPreview windUp;
  private final Clock clock;

  public StaffController(ProvinceAttention attention, WindUpPreview windUp, Clock clock) {
    this.attention = attention;
    this.windUp = windUp;
    this.clock = clock;
  }

  @Operation(
      summary =
          "List what waits on federation staff: overdue campaign disclosures, the year's budget"
              + " estimates not yet approved, and open branches without one")
  @Allowed(anyBranch = {Role.FEDERATION_STAFF, Role.AUDITOR, Role.ADMIN})
  @GetMapping("/api/reports/province/years/{year}/attention")
  public ProvinceAttention.Attention attention(@PathVariable int year) {
    return attention.of(new ReportYear(year));
  }

  /** {@code effectiveOn}: the day the dissolution would take effect, today unless given. */
  @Operation(
      summary =
          "Preview a branch's dissolution on a day: the members it ends, the balance handed to"
              + " the upper union, the campaigns still open or holding money")
  @Allowed(anyBranch = {Role.FEDERATION_STAFF, Role.ADMIN})
  @GetMapping("/api/reports/branches/{branchId}/wind-up")
  public WindUpPreview.WindUp windUp(
      @PathVariable String branchId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate effectiveOn) {
    LocalDate day = effectiveOn == null ? LocalDate.now(clock) : effectiveOn;
    // Checked as a report's year is: a day outside it is a mistake, not a date to compute with.
    new ReportYear(day.getYear());
    return windUp.of(branchId, day);
  }
}
