package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LaunchCampaignCommand(
    @TargetAggregateIdentifier String campaignId,
    String title,
    CampaignScope scope,
    String branchId,
    String purpose,
    LocalDate opensOn,
    LocalDate closesOn) {}
