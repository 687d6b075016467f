package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.WireName;

/**
 * A donation campaign (vận động ủng hộ) was launched, province-wide (branchId null) or by one
 * branch.
 */
@WireName("welfare.CampaignLaunched")
@Revision("1")
public record CampaignLaunchedEvent(
    CampaignId campaignId,
    String title,
    CampaignScope scope,
    BranchId branchId,
    String purpose,
    LocalDate opensOn,
    LocalDate closesOn) {}
