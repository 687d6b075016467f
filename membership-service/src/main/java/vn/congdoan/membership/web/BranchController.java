package vn.congdoan.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.membership.api.AddGroupCommand;
import vn.congdoan.membership.api.BranchInfo;
import vn.congdoan.membership.api.BranchInfo.GroupInfo;
import vn.congdoan.membership.api.DissolveBranchCommand;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.RegisterBranchCommand;
import vn.congdoan.membership.api.RenameGroupCommand;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.membership.command.BranchView;
import vn.congdoan.membership.query.RosterQuery;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.input.MultiLine;
import vn.congdoan.platform.infra.security.Allowed;
import vn.congdoan.platform.infra.security.BranchOfficerWrite;
import vn.congdoan.platform.infra.security.BranchRead;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.platform.infra.web.CommandSender;

@RestController
public class BranchController {
  public record RegisterBranchRequest(
      @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String branchId,
      @NotBlank @Size(max = 300) String name,
      @NotBlank @Size(max = 300) String parentUnion,
      @NotNull Sector sector) {}

  public record BranchRegistered(String branchId) {}

  public record AddGroupRequest(
      @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String groupId,
      @NotBlank @Size(max = 300) String name) {}

  public record GroupAdded(String groupId) {}

  public record RenameGroupRequest(@NotBlank @Size(max = 300) String name) {}

  public record GroupRenamed(String groupId) {}

  public record DissolutionRequest(
      @NotNull LocalDate effectiveOn,
      @NotBlank @MultiLine @Size(max = 1000) String reason,
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String receivingBranchId,
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String receivingGroupId) {}

  /** {@code membersWoundUp}: the memberships the dissolution ended, departed or transferred. */
  public record BranchDissolved(
      String branchId, LocalDate dissolvedOn, String receivingBranchId, int membersWoundUp) {}

  private final CommandSender commands;

  private final RosterQuery query;

  public BranchController(CommandSender commands, RosterQuery query) {
    this.commands = commands;
    this.query = query;
  }

  @Operation(summary = "Get a branch with its groups and, once dissolved, its dissolution date")
  @BranchRead
  @GetMapping("/api/branches/{branchId}")
  public BranchInfo branch(@PathVariable String branchId) {
    BranchView b = query.branch(branchId);
    return new BranchInfo(
        b.branchId(),
        b.name(),
        b.parentUnion(),
        b.sector(),
        b.groups().entrySet().stream().map(g -> new GroupInfo(g.getKey(), g.getValue())).toList(),
        b.dissolvedOn());
  }

  @Operation(summary = "Register a new branch under its upper union")
  @Allowed(anyBranch = {Role.FEDERATION_STAFF, Role.ADMIN})
  @PostMapping("/api/branches")
  @ResponseStatus(HttpStatus.CREATED)
  public BranchRegistered register(@Valid @RequestBody RegisterBranchRequest r) {
    commands.send(
        new RegisterBranchCommand(
            new BranchId(r.branchId()), r.name(), r.parentUnion(), r.sector()),
        r.branchId());
    return new BranchRegistered(r.branchId());
  }

  @Operation(summary = "Add a group to the branch")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/groups")
  @ResponseStatus(HttpStatus.CREATED)
  public GroupAdded addGroup(@PathVariable String branchId, @Valid @RequestBody AddGroupRequest r) {
    commands.send(
        new AddGroupCommand(new BranchId(branchId), new GroupId(r.groupId()), r.name()), branchId);
    return new GroupAdded(r.groupId());
  }

  @Operation(
      summary =
          "Dissolve the branch: every membership open on effectiveOn ends with it, departed"
              + " (BRANCH_DISSOLVED) or, with receivingBranchId, transferred there (into"
              + " receivingGroupId, or a group named after the dissolved branch)")
  @Allowed(anyBranch = {Role.FEDERATION_STAFF, Role.ADMIN})
  @PostMapping("/api/branches/{branchId}/dissolution")
  public BranchDissolved dissolve(
      @PathVariable String branchId, @Valid @RequestBody DissolutionRequest r) {
    if (r.receivingGroupId() != null && r.receivingBranchId() == null) {
      throw new BadRequestException(Refusal.of("membership.dissolution.group-needs-branch"));
    }
    int wound =
        commands.send(
            new DissolveBranchCommand(
                new BranchId(branchId),
                r.effectiveOn(),
                r.reason(),
                r.receivingBranchId() == null ? null : new BranchId(r.receivingBranchId()),
                GroupId.ofNullable(r.receivingGroupId())),
            branchId);
    return new BranchDissolved(branchId, r.effectiveOn(), r.receivingBranchId(), wound);
  }

  @Operation(summary = "Rename a group of the branch")
  @BranchOfficerWrite
  @PutMapping("/api/branches/{branchId}/groups/{groupId}")
  public GroupRenamed renameGroup(
      @PathVariable String branchId,
      @PathVariable String groupId,
      @Valid @RequestBody RenameGroupRequest r) {
    commands.send(
        new RenameGroupCommand(new BranchId(branchId), new GroupId(groupId), r.name()), branchId);
    return new GroupRenamed(groupId);
  }
}
