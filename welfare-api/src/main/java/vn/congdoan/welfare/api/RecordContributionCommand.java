package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;

public record RecordContributionCommand(
    @TargetAggregateIdentifier CampaignId campaignId,
    String contributionId,
    BranchId branchId,
    MemberId memberId,
    long amountVnd,
    LocalDate receivedOn) {}
