package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordContributionCommand(
    @TargetAggregateIdentifier String campaignId,
    String contributionId,
    String branchId,
    String memberId,
    long amountVnd,
    LocalDate receivedOn) {}
