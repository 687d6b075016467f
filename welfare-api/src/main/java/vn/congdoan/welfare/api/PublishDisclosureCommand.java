package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PublishDisclosureCommand(
    @TargetAggregateIdentifier CampaignId campaignId,
    DisclosureKind kind,
    LocalDate publishedOn,
    String where) {}
