package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record LaunchCampaignCommand(
    @TargetAggregateIdentifier CampaignId campaignId,
    String title,
    CampaignScope scope,
    BranchId branchId,
    String purpose,
    LocalDate opensOn,
    LocalDate closesOn) {}
