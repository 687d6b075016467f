package vn.congdoan.reporting.query;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.welfare.api.CampaignClosedEvent;
import vn.congdoan.welfare.api.CampaignDisclosurePublishedEvent;
import vn.congdoan.welfare.api.CampaignFundsRemittedEvent;
import vn.congdoan.welfare.api.CampaignId;
import vn.congdoan.welfare.api.CampaignLaunchedEvent;
import vn.congdoan.welfare.api.CampaignScope;
import vn.congdoan.welfare.api.ContributionReceivedEvent;
import vn.congdoan.welfare.api.DisclosureKind;
import vn.congdoan.welfare.api.Fund;
import vn.congdoan.welfare.api.GrantKind;
import vn.congdoan.welfare.api.Recipient;
import vn.congdoan.welfare.api.Relation;
import vn.congdoan.welfare.api.WelfareGrantRecipientsListedEvent;
import vn.congdoan.welfare.api.WelfareGrantRecordedEvent;
import vn.congdoan.welfare.api.WelfareGrantRecordedInPartsEvent;
import vn.congdoan.welfare.api.WelfareGrantReversedEvent;

/**
 * Welfare events as welfare-service publishes them: a grant's events are in the grant's own stream,
 * a campaign's (its contributions included) in the campaign's.
 */
public final class WelfareEventMother {
  private final EventMother events;

  WelfareEventMother(EventMother events) {
    this.events = events;
  }

  public Delivery grant(
      String branchId,
      String grantId,
      GrantKind kind,
      LocalDate grantedOn,
      int recipients,
      long each) {
    List<Recipient> who =
        IntStream.range(0, recipients)
            .mapToObj(i -> new Recipient(new MemberId("doan-vien-" + i), Relation.SELF))
            .toList();
    return grant(
        branchId,
        grantId,
        new WelfareGrantRecordedEvent(
            new GrantId(grantId),
            new BranchId(branchId),
            kind,
            grantedOn,
            who,
            each,
            Fund.DUES,
            "Thăm hỏi, tặng quà"));
  }

  /**
   * A grant to more recipients than one event may list, as welfare-service records it: its parts of
   * at most 1,000 recipients, then the grant.
   */
  public List<Delivery> grantInParts(
      String branchId,
      String grantId,
      GrantKind kind,
      LocalDate grantedOn,
      int recipients,
      long each) {
    int size = WelfareGrantRecipientsListedEvent.MAX_RECIPIENTS;
    int parts = (recipients + size - 1) / size;
    List<Delivery> deliveries = new java.util.ArrayList<>();
    for (int part = 0; part < parts; part++) {
      List<Recipient> who =
          IntStream.range(part * size, Math.min(recipients, (part + 1) * size))
              .mapToObj(i -> new Recipient(new MemberId("doan-vien-" + i), Relation.SELF))
              .toList();
      deliveries.add(
          grant(
              branchId,
              grantId,
              new WelfareGrantRecipientsListedEvent(
                  new GrantId(grantId), new BranchId(branchId), part, who)));
    }
    deliveries.add(
        grant(
            branchId,
            grantId,
            new WelfareGrantRecordedInPartsEvent(
                new GrantId(grantId),
                new BranchId(branchId),
                kind,
                grantedOn,
                recipients,
                parts,
                each,
                Fund.DUES,
                "Tặng quà 8/3")));
    return deliveries;
  }

  public Delivery grantReversed(String branchId, String grantId, LocalDate reversedOn) {
    return grant(
        branchId,
        grantId,
        new WelfareGrantReversedEvent(
            new GrantId(grantId), new BranchId(branchId), "Ghi nhầm đối tượng", reversedOn));
  }

  /** A null {@code branchId}: a province-wide campaign. */
  public Delivery campaignLaunched(
      String campaignId, String title, String branchId, LocalDate opensOn) {
    CampaignScope scope = branchId == null ? CampaignScope.PROVINCE : CampaignScope.BRANCH;
    return campaign(
        campaignId,
        branchId,
        new CampaignLaunchedEvent(
            new CampaignId(campaignId),
            title,
            scope,
            BranchId.ofNullable(branchId),
            "Vận động ủng hộ",
            opensOn,
            opensOn.plusMonths(1)));
  }

  public Delivery contribution(
      String campaignId,
      String contributionId,
      String branchId,
      long amountVnd,
      LocalDate receivedOn) {
    return campaign(
        campaignId,
        branchId,
        new ContributionReceivedEvent(
            new CampaignId(campaignId),
            contributionId,
            new BranchId(branchId),
            null,
            amountVnd,
            receivedOn));
  }

  public Delivery campaignClosed(String campaignId, LocalDate closedOn) {
    return campaign(
        campaignId, null, new CampaignClosedEvent(new CampaignId(campaignId), closedOn));
  }

  public Delivery fundsRemitted(
      String campaignId, String remittanceId, long amountVnd, LocalDate remittedOn) {
    return campaign(
        campaignId,
        null,
        new CampaignFundsRemittedEvent(
            new CampaignId(campaignId),
            remittanceId,
            "Ủy ban MTTQ Việt Nam tỉnh",
            amountVnd,
            remittedOn));
  }

  public Delivery disclosed(String campaignId, DisclosureKind kind, LocalDate publishedOn) {
    return campaign(
        campaignId,
        null,
        new CampaignDisclosurePublishedEvent(
            new CampaignId(campaignId), kind, publishedOn, "Bảng tin cơ quan"));
  }

  private Delivery grant(String branchId, String grantId, Object event) {
    return events.delivery(Topics.WELFARE, "Grant", grantId, branchId, event);
  }

  private Delivery campaign(String campaignId, String branchId, Object event) {
    return events.delivery(Topics.WELFARE, "Campaign", campaignId, branchId, event);
  }
}
