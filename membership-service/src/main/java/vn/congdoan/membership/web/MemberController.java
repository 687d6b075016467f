package vn.congdoan.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.membership.api.AdmitMemberCommand;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.Position;
import vn.congdoan.membership.api.RecordDepartureCommand;
import vn.congdoan.membership.api.Roster;
import vn.congdoan.membership.api.RosterEntry;
import vn.congdoan.membership.api.TransferMemberCommand;
import vn.congdoan.membership.query.RosterQuery;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.security.BranchAccess;
import vn.congdoan.platform.infra.security.BranchOfficerWrite;
import vn.congdoan.platform.infra.security.BranchRead;
import vn.congdoan.platform.infra.web.CommandSender;

@RestController
public class MemberController {
  public record AdmitMemberRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String memberId,
      @NotBlank @Size(max = 200) String fullName,
      @NotNull Gender gender,
      @NotNull @Past LocalDate dateOfBirth,
      @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String groupId,
      @NotNull LocalDate joinedOn,
      Position position,
      @Pattern(regexp = "[+0-9 .()-]{6,20}", message = "{vn.congdoan.validation.phone}")
          String phone,
      @Email @Size(max = 200) String email,
      Boolean honorary) {}

  public record MemberAdmitted(String memberId) {}

  public record DepartureRequest(@NotNull DepartureReason reason, @NotNull LocalDate effectiveOn) {}

  public record MemberDeparted(String memberId) {}

  public record TransferRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String toGroupId,
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String toBranchId,
      @NotNull LocalDate effectiveOn) {}

  public record MemberTransferred(String memberId, String branchId, String groupId) {}

  private static final int MAX_PAGE = 500;

  private final CommandSender commands;
  private final BranchAccess access;
  private final RosterQuery roster;

  public MemberController(CommandSender commands, BranchAccess access, RosterQuery roster) {
    this.commands = commands;
    this.access = access;
    this.roster = roster;
  }

  @Operation(summary = "Admit a member to the branch")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/members")
  @ResponseStatus(HttpStatus.CREATED)
  public MemberAdmitted admit(
      @PathVariable String branchId, @Valid @RequestBody AdmitMemberRequest r) {
    String memberId = CommandSender.idOr(r.memberId());
    commands.send(
        new AdmitMemberCommand(
            new BranchId(branchId),
            new MemberId(memberId),
            new GroupId(r.groupId()),
            new PersonalData(r.fullName(), r.dateOfBirth(), r.phone(), r.email()),
            r.gender(),
            r.joinedOn(),
            r.position(),
            Boolean.TRUE.equals(r.honorary())),
        branchId);
    return new MemberAdmitted(memberId);
  }

  @Operation(summary = "Record a member's departure from the branch")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/members/{memberId}/departure")
  public MemberDeparted depart(
      @PathVariable String branchId,
      @PathVariable String memberId,
      @Valid @RequestBody DepartureRequest r) {
    if (r.reason() == DepartureReason.BRANCH_DISSOLVED) {
      throw new BadRequestException(Refusal.of("membership.departure.dissolved-reason"));
    }
    commands.send(
        new RecordDepartureCommand(
            new BranchId(branchId), new MemberId(memberId), r.reason(), r.effectiveOn()),
        branchId);
    return new MemberDeparted(memberId);
  }

  @Operation(
      summary =
          "Move a member to another group, or to another branch (toBranchId). A branch officer"
              + " is told only \"Branch X not found\" for any problem with another branch")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/members/{memberId}/transfer")
  public MemberTransferred transfer(
      @PathVariable String branchId,
      @PathVariable String memberId,
      @Valid @RequestBody TransferRequest r) {
    if (r.toGroupId() == null && r.toBranchId() == null) {
      throw new BadRequestException(Refusal.of("membership.transfer.where"));
    }
    commands.send(
        new TransferMemberCommand(
            new BranchId(branchId),
            new MemberId(memberId),
            GroupId.ofNullable(r.toGroupId()),
            r.toBranchId() == null ? null : new BranchId(r.toBranchId()),
            r.effectiveOn(),
            // An officer reads only their own branch: of another, they learn only "not found".
            access.readsEveryBranch()),
        branchId);
    return new MemberTransferred(
        memberId, r.toBranchId() == null ? branchId : r.toBranchId(), r.toGroupId());
  }

  @Operation(
      summary =
          "List the roster by group, status and search, a page at a time. Without status: the"
              + " current members (ACTIVE); for a dissolved branch, those on its roll the day"
              + " before the dissolution took effect. count: how many the read found in all")
  @BranchRead
  @GetMapping("/api/branches/{branchId}/members")
  public Roster roster(
      @PathVariable String branchId,
      @RequestParam(required = false) String groupId,
      @RequestParam(required = false) RosterQuery.StatusFilter status,
      @Parameter(description = "part of a name (marks optional) or of a member id")
          @RequestParam(required = false)
          String q,
      @Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "members per page (1–500); all when absent")
          @RequestParam(required = false)
          Integer size) {
    if (page < 0 || (size != null && (size < 1 || size > MAX_PAGE))) {
      throw new BadRequestException(Refusal.of("membership.roster.page", MAX_PAGE));
    }
    var found =
        roster.roster(
            branchId,
            new RosterQuery.RosterFilter(GroupId.ofNullable(groupId), status, q, page, size));
    return new Roster(
        new BranchId(branchId), found.total(), found.members(), size == null ? null : page, size);
  }

  @Operation(summary = "Get one member's roster entry")
  @BranchRead
  @GetMapping("/api/branches/{branchId}/members/{memberId}")
  public RosterEntry member(@PathVariable String branchId, @PathVariable String memberId) {
    return roster.member(branchId, new MemberId(memberId));
  }
}
