package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.WireName;

/** Collected money was handed to the recipient. */
@WireName("welfare.CampaignFundsRemitted")
@Revision("1")
public record CampaignFundsRemittedEvent(
    CampaignId campaignId,
    String remittanceId,
    String recipient,
    long amountVnd,
    LocalDate remittedOn) {}
