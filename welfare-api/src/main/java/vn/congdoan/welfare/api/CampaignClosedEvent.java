package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.WireName;

/**
 * Collection ended; receipts must be published within the disclosure deadline after {@code
 * closedOn}.
 */
@WireName("welfare.CampaignClosed")
@Revision("1")
public record CampaignClosedEvent(CampaignId campaignId, LocalDate closedOn) {}
