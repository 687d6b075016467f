package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.WireName;

/** A branch, or one of its members ({@code memberId}), gave to a campaign. */
@WireName("welfare.ContributionReceived")
@Revision("1")
public record ContributionReceivedEvent(
    CampaignId campaignId,
    String contributionId,
    BranchId branchId,
    MemberId memberId,
    long amountVnd,
    LocalDate receivedOn) {}
