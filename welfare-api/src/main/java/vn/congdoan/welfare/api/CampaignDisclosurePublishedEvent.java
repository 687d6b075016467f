package vn.congdoan.welfare.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.WireName;

/** Receipts or their distribution were made public (Hướng dẫn 42/HD-TLĐ). */
@WireName("welfare.CampaignDisclosurePublished")
@Revision("1")
public record CampaignDisclosurePublishedEvent(
    CampaignId campaignId, DisclosureKind kind, LocalDate publishedOn, String where) {}
