package vn.congdoan.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.membership.api.BranchId;
import vn.congdoan.membership.api.ImportMembersCommand;
import vn.congdoan.membership.api.ImportResult;
import vn.congdoan.membership.api.ImportResult.Rejection;
import vn.congdoan.platform.infra.security.Allowed;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.platform.infra.web.CommandSender;

/**
 * A roster file in one request: lines that cannot be read are reported by the parser, lines that
 * break a rule by the branch, and every other line is admitted — all in one unit of work, so a
 * 5,000-line roster is one load of the branch and one write of its events.
 */
@RestController
public class RosterImportController {
  private final CommandSender commands;

  public RosterImportController(CommandSender commands) {
    this.commands = commands;
  }

  @Operation(
      summary = "Import a roster (CSV, UTF-8, BOM optional)",
      description =
          "Header memberId,fullName,gender,dateOfBirth,groupId,joinedOn,position"
              + " (optional phone,email,honorary). Valid lines are kept; each bad line is reported"
              + " with its line number and reason.")
  @Allowed(anyBranch = Role.ADMIN, ownBranch = Role.BRANCH_OFFICER)
  @PostMapping(
      path = "/api/branches/{branchId}/members/import",
      consumes = {"text/csv", "text/plain", "application/octet-stream"})
  public ImportResult importRoster(@PathVariable String branchId, @RequestBody byte[] csv) {
    RosterCsv.Parsed parsed = RosterCsv.parse(csv);
    ImportResult admitted =
        parsed.lines().isEmpty()
            ? new ImportResult(0, List.of())
            : commands.send(
                new ImportMembersCommand(new BranchId(branchId), parsed.lines()), branchId);
    List<Rejection> rejected = new ArrayList<>(parsed.rejected());
    rejected.addAll(admitted.rejected());
    rejected.sort(Comparator.comparingInt(Rejection::line));
    return new ImportResult(admitted.imported(), rejected);
  }
}
