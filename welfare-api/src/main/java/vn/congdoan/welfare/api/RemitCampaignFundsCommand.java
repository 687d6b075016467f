package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemitCampaignFundsCommand(
    @TargetAggregateIdentifier CampaignId campaignId,
    String remittanceId,
    String recipient,
    long amountVnd,
    LocalDate remittedOn) {}
