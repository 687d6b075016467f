package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseCampaignCommand(
    @TargetAggregateIdentifier CampaignId campaignId, LocalDate closedOn) {}
