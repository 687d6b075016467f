package vn.congdoan.welfare.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.input.MultiLine;
import vn.congdoan.platform.infra.input.Vnd;
import vn.congdoan.platform.infra.security.BranchAccess;
import vn.congdoan.platform.infra.security.BranchOfficerOrStaffWrite;
import vn.congdoan.platform.infra.security.BranchOfficerWrite;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.platform.infra.web.CommandSender;
import vn.congdoan.welfare.api.CampaignId;
import vn.congdoan.welfare.api.CampaignScope;
import vn.congdoan.welfare.api.CloseCampaignCommand;
import vn.congdoan.welfare.api.LaunchCampaignCommand;
import vn.congdoan.welfare.api.RecordContributionCommand;
import vn.congdoan.welfare.command.CampaignView;
import vn.congdoan.welfare.query.CampaignAccess;

/** Launching a donation campaign, collecting for it, and closing the collection. */
@RestController
public class CampaignController {
  public record LaunchRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String campaignId,
      @NotBlank @Size(max = 300) String title,
      @NotNull CampaignScope scope,
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String branchId,
      @NotBlank @MultiLine @Size(max = 2000) String purpose,
      @NotNull LocalDate opensOn,
      LocalDate closesOn) {}

  public record CampaignLaunched(String campaignId) {}

  public record ContributionRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String contributionId,
      @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String branchId,
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String memberId,
      @NotNull @Vnd Long amountVnd,
      @NotNull LocalDate receivedOn) {}

  public record ContributionRecorded(String campaignId, String contributionId) {}

  public record ClosingRequest(@NotNull LocalDate closedOn) {}

  public record CampaignClosed(String campaignId, LocalDate closedOn) {}

  private final CommandSender commands;
  private final BranchAccess access;
  private final CampaignAccess campaigns;

  public CampaignController(CommandSender commands, BranchAccess access, CampaignAccess campaigns) {
    this.commands = commands;
    this.access = access;
    this.campaigns = campaigns;
  }

  @Operation(summary = "Launch a province or branch donation campaign")
  @BranchOfficerOrStaffWrite
  @PostMapping("/api/campaigns")
  @ResponseStatus(HttpStatus.CREATED)
  public CampaignLaunched launch(@Valid @RequestBody LaunchRequest r) {
    if (r.scope() == CampaignScope.PROVINCE) {
      if (r.branchId() != null) {
        throw new BadRequestException(Refusal.of("welfare.campaign.province-branch"));
      }
      access.requireRole(Role.FEDERATION_STAFF, Role.ADMIN);
    } else {
      if (r.branchId() == null) {
        throw new BadRequestException(Refusal.of("welfare.campaign.branch-needed"));
      }
      access.requireWrite(r.branchId());
    }
    String campaignId = CommandSender.idOr(r.campaignId());
    commands.send(
        new LaunchCampaignCommand(
            new CampaignId(campaignId),
            r.title(),
            r.scope(),
            BranchId.ofNullable(r.branchId()),
            r.purpose(),
            r.opensOn(),
            r.closesOn()),
        r.branchId());
    return new CampaignLaunched(campaignId);
  }

  @Operation(summary = "Record a branch's or member's contribution to a campaign")
  @BranchOfficerWrite
  @PostMapping("/api/campaigns/{campaignId}/contributions")
  @ResponseStatus(HttpStatus.CREATED)
  public ContributionRecorded contribute(
      @PathVariable String campaignId, @Valid @RequestBody ContributionRequest r) {
    access.requireWrite(r.branchId());
    campaigns.readable(campaignId);
    String contributionId = CommandSender.idOr(r.contributionId());
    commands.send(
        new RecordContributionCommand(
            new CampaignId(campaignId),
            contributionId,
            new BranchId(r.branchId()),
            r.memberId() == null ? null : new MemberId(r.memberId()),
            r.amountVnd(),
            r.receivedOn()),
        r.branchId());
    return new ContributionRecorded(campaignId, contributionId);
  }

  @Operation(summary = "Close a campaign's collection")
  @BranchOfficerOrStaffWrite
  @PostMapping("/api/campaigns/{campaignId}/closing")
  public CampaignClosed close(
      @PathVariable String campaignId, @Valid @RequestBody ClosingRequest r) {
    CampaignView campaign = campaigns.manageable(campaignId);
    commands.send(
        new CloseCampaignCommand(new CampaignId(campaignId), r.closedOn()), campaign.branchId());
    return new CampaignClosed(campaignId, r.closedOn());
  }
}
