package vn.congdoan.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.membership.api.AchievementKind;
import vn.congdoan.membership.api.ActivityKind;
import vn.congdoan.membership.api.GrantAwardCommand;
import vn.congdoan.membership.api.InspectionScope;
import vn.congdoan.membership.api.ReceiveComplaintCommand;
import vn.congdoan.membership.api.RecordAchievementCommand;
import vn.congdoan.membership.api.RecordActivityCommand;
import vn.congdoan.membership.api.RecordInspectionCommand;
import vn.congdoan.membership.api.ResolveComplaintCommand;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.infra.input.MultiLine;
import vn.congdoan.platform.infra.security.BranchOfficerWrite;
import vn.congdoan.platform.infra.web.CommandSender;

/** Awards, study achievements, activities, complaints and inspections of a branch. */
@RestController
public class RecordsController {
  public record AwardRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String awardId,
      @NotNull @Min(1900) @Max(2200) Integer year,
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String memberId,
      @NotBlank @Size(max = 500) String title,
      @NotBlank @Size(max = 300) String issuer,
      @NotNull LocalDate awardedOn) {}

  public record AchievementRequest(
      @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String memberId,
      @NotNull @Min(1900) @Max(2200) Integer year,
      @NotNull AchievementKind kind,
      @NotBlank @Size(max = 500) String title) {}

  public record ActivityRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String activityId,
      @NotNull ActivityKind kind,
      @NotBlank @Size(max = 500) String title,
      @NotNull LocalDate heldOn,
      @NotNull @PositiveOrZero @Max(1_000_000) Integer participants) {}

  public record ComplaintRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String complaintId,
      @NotNull LocalDate receivedOn,
      @NotBlank @MultiLine @Size(max = 1000) String subject) {}

  public record ResolutionRequest(
      @NotNull LocalDate resolvedOn, @NotBlank @MultiLine @Size(max = 2000) String outcome) {}

  public record InspectionRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String inspectionId,
      @NotNull LocalDate heldOn,
      @NotNull InspectionScope scope,
      @NotNull @PositiveOrZero @Max(100_000) Integer violationsFound) {}

  /** The id of what was recorded. */
  public record Recorded(String id) {}

  private final CommandSender commands;

  public RecordsController(CommandSender commands) {
    this.commands = commands;
  }

  @Operation(summary = "Record an award to a member or to the branch's collective")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/awards")
  @ResponseStatus(HttpStatus.CREATED)
  public Recorded award(@PathVariable String branchId, @Valid @RequestBody AwardRequest r) {
    String id = CommandSender.idOr(r.awardId());
    MemberId member = r.memberId() == null ? null : new MemberId(r.memberId());
    return send(
        branchId,
        id,
        new GrantAwardCommand(
            new BranchId(branchId), id, r.year(), member, r.title(), r.issuer(), r.awardedOn()));
  }

  @Operation(summary = "Record a member's study achievement")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/achievements")
  @ResponseStatus(HttpStatus.CREATED)
  public Recorded achievement(
      @PathVariable String branchId, @Valid @RequestBody AchievementRequest r) {
    String id = CommandSender.newId();
    return send(
        branchId,
        id,
        new RecordAchievementCommand(
            new BranchId(branchId), id, new MemberId(r.memberId()), r.year(), r.kind(), r.title()));
  }

  @Operation(summary = "Record an activity the branch held and its participants")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/activities")
  @ResponseStatus(HttpStatus.CREATED)
  public Recorded activity(@PathVariable String branchId, @Valid @RequestBody ActivityRequest r) {
    String id = CommandSender.idOr(r.activityId());
    return send(
        branchId,
        id,
        new RecordActivityCommand(
            new BranchId(branchId), id, r.kind(), r.title(), r.heldOn(), r.participants()));
  }

  @Operation(summary = "Record a complaint the branch received")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/complaints")
  @ResponseStatus(HttpStatus.CREATED)
  public Recorded complaint(@PathVariable String branchId, @Valid @RequestBody ComplaintRequest r) {
    String id = CommandSender.idOr(r.complaintId());
    return send(
        branchId,
        id,
        new ReceiveComplaintCommand(new BranchId(branchId), id, r.receivedOn(), r.subject()));
  }

  @Operation(summary = "Record the resolution of a complaint")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/complaints/{complaintId}/resolution")
  public Recorded resolution(
      @PathVariable String branchId,
      @PathVariable String complaintId,
      @Valid @RequestBody ResolutionRequest r) {
    return send(
        branchId,
        complaintId,
        new ResolveComplaintCommand(
            new BranchId(branchId), complaintId, r.resolvedOn(), r.outcome()));
  }

  @Operation(summary = "Record an inspection held and the violations it found")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/inspections")
  @ResponseStatus(HttpStatus.CREATED)
  public Recorded inspection(
      @PathVariable String branchId, @Valid @RequestBody InspectionRequest r) {
    String id = CommandSender.idOr(r.inspectionId());
    return send(
        branchId,
        id,
        new RecordInspectionCommand(
            new BranchId(branchId), id, r.heldOn(), r.scope(), r.violationsFound()));
  }

  private Recorded send(String branchId, String id, Object command) {
    commands.send(command, branchId);
    return new Recorded(id);
  }
}
