package vn.congdoan.reporting.projection;

import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.welfare.api.CampaignClosedEvent;
import vn.congdoan.welfare.api.CampaignDisclosurePublishedEvent;
import vn.congdoan.welfare.api.CampaignFundsRemittedEvent;
import vn.congdoan.welfare.api.CampaignLaunchedEvent;
import vn.congdoan.welfare.api.ContributionReceivedEvent;

/**
 * Donation campaigns, all from the campaign's own stream. {@code campaigns}: one document per
 * campaign, what the dashboards show of it (a null {@code branchId} is province-wide). {@code
 * contributions}: one document per contribution, keyed {@code campaignId:contributionId}, counted
 * in the year it was received for the branch it came from. A contribution copies nothing from its
 * campaign: summaries join the title when read, so neither collection waits for the other.
 */
final class CampaignProjections {
  private CampaignProjections() {}

  static List<Projection> all(ReportingStore store) {
    return List.of(
        // Closing, remittances and disclosures update the document the launch created.
        new RecordProjection("campaigns", store.campaigns(), true)
            .on(CampaignLaunchedEvent.class, CampaignProjections::launched)
            .on(CampaignClosedEvent.class, CampaignProjections::closed)
            .on(CampaignFundsRemittedEvent.class, CampaignProjections::remitted)
            .on(CampaignDisclosurePublishedEvent.class, CampaignProjections::disclosed),
        new RecordProjection("contributions", store.contributions(), false)
            .on(ContributionReceivedEvent.class, CampaignProjections::contribution));
  }

  private static List<WriteModel<Document>> launched(long seq, CampaignLaunchedEvent e) {
    return List.of(
        SequencedWrites.create(
            e.campaignId().value(),
            seq,
            new Document(CampaignFields.TITLE, e.title())
                .append(CampaignFields.SCOPE, e.scope() == null ? null : e.scope().name())
                .append(ReportingStore.BRANCH_ID, BranchId.valueOf(e.branchId()))
                .append(CampaignFields.OPENS_ON, date(e.opensOn()))
                .append(CampaignFields.CLOSES_ON, date(e.closesOn()))
                .append(CampaignFields.CLOSED_ON, null)
                .append(CampaignFields.REMITTED_VND, 0L)
                .append(CampaignFields.LAST_REMITTED_ON, null)
                .append(CampaignFields.DISCLOSURES, List.of())));
  }

  private static List<WriteModel<Document>> closed(long seq, CampaignClosedEvent e) {
    return List.of(
        SequencedWrites.update(
            e.campaignId().value(),
            seq,
            Updates.set(CampaignFields.CLOSED_ON, e.closedOn().toString())));
  }

  /**
   * A running total is safe here: the sequence guard lets each remittance add only once. The last
   * remittance's day starts the distribution's disclosure period (ProvinceAttention).
   */
  private static List<WriteModel<Document>> remitted(long seq, CampaignFundsRemittedEvent e) {
    return List.of(
        SequencedWrites.update(
            e.campaignId().value(),
            seq,
            Updates.combine(
                Updates.inc(CampaignFields.REMITTED_VND, e.amountVnd()),
                Updates.max(CampaignFields.LAST_REMITTED_ON, e.remittedOn().toString()))));
  }

  private static List<WriteModel<Document>> disclosed(
      long seq, CampaignDisclosurePublishedEvent e) {
    return List.of(
        SequencedWrites.update(
            e.campaignId().value(),
            seq,
            Updates.push(
                CampaignFields.DISCLOSURES,
                new Document(CampaignFields.DISCLOSURE_KIND, e.kind().name())
                    .append(CampaignFields.PUBLISHED_ON, e.publishedOn().toString()))));
  }

  /** The member who gave stays out: the figures are per branch. */
  private static List<WriteModel<Document>> contribution(long seq, ContributionReceivedEvent e) {
    return List.of(
        SequencedWrites.create(
            e.campaignId().value() + ':' + e.contributionId(),
            seq,
            new Document(CampaignFields.CAMPAIGN_ID, e.campaignId().value())
                .append(ReportingStore.BRANCH_ID, e.branchId().value())
                .append(CampaignFields.AMOUNT_VND, e.amountVnd())
                .append(CampaignFields.RECEIVED_ON, e.receivedOn().toString())));
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
