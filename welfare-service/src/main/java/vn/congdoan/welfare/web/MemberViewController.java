package vn.congdoan.welfare.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.security.BranchRead;
import vn.congdoan.welfare.command.MemberDirectory;

/**
 * Who welfare-service counts as a member of a branch on a day: the view its grants are checked
 * against. It follows membership's events, so a member admitted a moment ago appears here shortly
 * after; a client can wait for them here before giving an occasion gift.
 */
@RestController
public class MemberViewController {
  public record MemberView(
      String branchId, LocalDate on, List<String> members, List<String> women) {}

  private final MemberDirectory directory;
  private final Clock clock;

  public MemberViewController(MemberDirectory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  @Operation(summary = "Members of the branch on a day (default today), as welfare sees them")
  @BranchRead
  @GetMapping("/api/branches/{branchId}/welfare/members")
  public MemberView members(
      @PathVariable String branchId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    LocalDate day = on == null ? LocalDate.now(clock) : on;
    if (day.getYear() < 1900 || day.getYear() > 2999) {
      throw new BadRequestException(Refusal.of("welfare.member-view.day"));
    }
    return new MemberView(
        branchId,
        day,
        directory.activeMembers(branchId, day),
        directory.activeWomen(branchId, day));
  }
}
