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
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.infra.input.Vnd;
import vn.congdoan.platform.infra.security.BranchOfficerOrStaffWrite;
import vn.congdoan.platform.infra.web.CommandSender;
import vn.congdoan.welfare.api.CampaignId;
import vn.congdoan.welfare.api.DisclosureKind;
import vn.congdoan.welfare.api.PublishDisclosureCommand;
import vn.congdoan.welfare.api.RemitCampaignFundsCommand;
import vn.congdoan.welfare.command.CampaignView;
import vn.congdoan.welfare.query.CampaignAccess;

/** Handing a campaign's money to its recipient, and making receipts and distribution public. */
@RestController
public class CampaignFundsController {
  public record RemittanceRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String remittanceId,
      @NotBlank @Size(max = 300) String recipient,
      @NotNull @Vnd Long amountVnd,
      @NotNull LocalDate remittedOn) {}

  public record FundsRemitted(String campaignId, String remittanceId) {}

  public record DisclosureRequest(
      @NotNull DisclosureKind kind,
      @NotNull LocalDate publishedOn,
      @NotBlank @Size(max = 500) String where) {}

  public record DisclosurePublished(
      String campaignId, DisclosureKind kind, LocalDate publishedOn) {}

  private final CommandSender commands;
  private final CampaignAccess campaigns;

  public CampaignFundsController(CommandSender commands, CampaignAccess campaigns) {
    this.commands = commands;
    this.campaigns = campaigns;
  }

  @Operation(summary = "Remit collected campaign money to its recipient")
  @BranchOfficerOrStaffWrite
  @PostMapping("/api/campaigns/{campaignId}/remittances")
  @ResponseStatus(HttpStatus.CREATED)
  public FundsRemitted remit(
      @PathVariable String campaignId, @Valid @RequestBody RemittanceRequest r) {
    CampaignView campaign = campaigns.manageable(campaignId);
    String remittanceId = CommandSender.idOr(r.remittanceId());
    commands.send(
        new RemitCampaignFundsCommand(
            new CampaignId(campaignId), remittanceId, r.recipient(), r.amountVnd(), r.remittedOn()),
        campaign.branchId());
    return new FundsRemitted(campaignId, remittanceId);
  }

  @Operation(summary = "Record the public disclosure of a campaign's receipts or distribution")
  @BranchOfficerOrStaffWrite
  @PostMapping("/api/campaigns/{campaignId}/disclosures")
  @ResponseStatus(HttpStatus.CREATED)
  public DisclosurePublished disclose(
      @PathVariable String campaignId, @Valid @RequestBody DisclosureRequest r) {
    CampaignView campaign = campaigns.manageable(campaignId);
    commands.send(
        new PublishDisclosureCommand(
            new CampaignId(campaignId), r.kind(), r.publishedOn(), r.where()),
        campaign.branchId());
    return new DisclosurePublished(campaignId, r.kind(), r.publishedOn());
  }
}
