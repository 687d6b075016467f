package vn.congdoan.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.membership.api.ImportMembersCommand;
import vn.congdoan.membership.api.ImportResult;
import vn.congdoan.membership.api.ImportResult.Rejection;
import vn.congdoan.membership.query.RosterQuery;
import vn.congdoan.membership.web.roster.RosterExport;
import vn.congdoan.membership.web.roster.RosterFile;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.infra.input.InputLimits;
import vn.congdoan.platform.infra.security.BranchOfficerWrite;
import vn.congdoan.platform.infra.security.BranchRead;
import vn.congdoan.platform.infra.web.Attachment;
import vn.congdoan.platform.infra.web.CommandSender;

/**
 * The roster as a file, both ways. An import is one request: lines that cannot be read are reported
 * by the parser, lines that break a rule by the branch, and every other line is admitted — all in
 * one unit of work, so a 5,000-line roster is one load of the branch and one write of its events.
 */
@RestController
public class RosterFileController {
  private final CommandSender commands;
  private final RosterQuery roster;
  private final InputLimits limits;
  private final Clock clock;

  public RosterFileController(
      CommandSender commands, RosterQuery roster, InputLimits limits, ObjectProvider<Clock> clock) {
    this.commands = commands;
    this.roster = roster;
    this.limits = limits;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @Operation(
      summary = "Import a roster (CSV in UTF-8, or an Excel .xlsx workbook's first sheet)",
      description =
          "Columns fullName,gender,dateOfBirth,groupId,joinedOn,position (optional memberId,"
              + " phone,email,honorary) or their Vietnamese headings: Họ và tên, Giới tính, Ngày"
              + " sinh, Tổ công đoàn (the group's id or name), Ngày vào Công đoàn, Chức vụ (Mã đoàn"
              + " viên, Số điện thoại, Email, Đoàn viên danh dự). Valid lines are kept; each bad"
              + " line is reported with its line number and reason, in the request's language.")
  @BranchOfficerWrite
  @PostMapping(
      path = "/api/branches/{branchId}/members/import",
      consumes = {"text/csv", "text/plain", "application/octet-stream", RosterExport.XLSX})
  public ImportResult importRoster(
      @PathVariable String branchId, @RequestBody byte[] file, Locale language) {
    RosterFile.Parsed parsed =
        new RosterFile(limits.today(clock), language, line -> CommandSender.newId(" line " + line))
            .parse(file);
    ImportResult admitted =
        parsed.lines().isEmpty()
            ? new ImportResult(0, List.of())
            : commands.send(
                new ImportMembersCommand(new BranchId(branchId), parsed.lines()), branchId);
    List<Rejection> rejected = new ArrayList<>(parsed.rejected());
    admitted.rejected().forEach(r -> rejected.add(r.in(language)));
    rejected.sort(Comparator.comparingInt(Rejection::line));
    return new ImportResult(admitted.imported(), rejected);
  }

  @Operation(
      summary = "Export the roster as .xlsx (format=xlsx, the default) or CSV (format=csv)",
      description =
          "The current members with the Vietnamese headings the import reads, so that an exported"
              + " roster imports again unchanged")
  @BranchRead
  @GetMapping("/api/branches/{branchId}/members/export")
  public ResponseEntity<byte[]> export(
      @PathVariable String branchId, @RequestParam(defaultValue = "xlsx") String format) {
    boolean csv = "csv".equals(format);
    if (!csv && !"xlsx".equals(format)) {
      throw new IllegalArgumentException("format must be xlsx or csv");
    }
    var members =
        roster.roster(branchId, new RosterQuery.RosterFilter(null, null, null, 0, null)).members();
    String name = "danh-sach-doan-vien-" + branchId + (csv ? ".csv" : ".xlsx");
    return Attachment.of(
        csv ? RosterExport.csv(members) : RosterExport.xlsx(members),
        MediaType.parseMediaType(csv ? "text/csv;charset=UTF-8" : RosterExport.XLSX),
        name);
  }
}
