package vn.congdoan.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.membership.config.RatingScales;
import vn.congdoan.membership.query.RosterQuery;
import vn.congdoan.platform.infra.security.Allowed;
import vn.congdoan.platform.infra.security.BranchOfficerWrite;
import vn.congdoan.platform.infra.security.Role;

/** What the forms of a branch's year review offer: the complaints to resolve, the rating scales. */
@RestController
public class ReviewController {
  /** A complaint still open, with its subject: only the branch itself reads the subject. */
  public record OpenComplaint(String complaintId, LocalDate receivedOn, String subject) {}

  private final RosterQuery query;
  private final RatingScales scales;

  public ReviewController(RosterQuery query, RatingScales scales) {
    this.query = query;
    this.scales = scales;
  }

  @Operation(summary = "List the branch's complaints not yet resolved, oldest first")
  @BranchOfficerWrite
  @GetMapping("/api/branches/{branchId}/complaints/open")
  public List<OpenComplaint> openComplaints(@PathVariable String branchId) {
    return query.openComplaints(branchId).stream()
        .map(c -> new OpenComplaint(c.complaintId(), c.receivedOn(), c.subject()))
        .toList();
  }

  @Operation(summary = "Get the rating scales in force: code and Vietnamese label of each rating")
  @Allowed(anyBranch = {Role.BRANCH_OFFICER, Role.FEDERATION_STAFF, Role.AUDITOR, Role.ADMIN})
  @GetMapping("/api/ratings/scales")
  public RatingScales scales() {
    return scales;
  }
}
