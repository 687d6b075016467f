package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.in;
import static vn.congdoan.reporting.query.Aggregation.key;
import static vn.congdoan.reporting.query.Aggregation.number;
import static vn.congdoan.reporting.query.Aggregation.sum;

import com.mongodb.client.model.Projections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import vn.congdoan.reporting.projection.CampaignFields;
import vn.congdoan.reporting.projection.ReportingStore;

/**
 * Contributions received within the year, by campaign. Null branch: all, so each campaign's row is
 * what it collected in the year over the whole province.
 */
final class DonationFigures {
  private final ReportingStore store;

  DonationFigures(ReportingStore store) {
    this.store = store;
  }

  YearSummary.Donations of(Scope scope, ReportYear year) {
    return summed(rows(scope, year));
  }

  /** By branch and campaign; {@link #summed} and {@link #given} work them up. */
  List<Document> rows(Scope scope, ReportYear year) {
    return Aggregation.grouped(
        store.contributions(),
        scope.match(Aggregation.within(CampaignFields.RECEIVED_ON, year.first(), year.last())),
        new Document(
                "_id",
                new Document(ReportingStore.BRANCH_ID, ReportingStore.BRANCH_ID_PATH)
                    .append("campaignId", "$" + CampaignFields.CAMPAIGN_ID))
            .append("amountVnd", sum(CampaignFields.AMOUNT_VND)));
  }

  YearSummary.Donations summed(List<Document> rows) {
    Map<String, Long> byCampaign = new TreeMap<>();
    rows.forEach(
        r -> byCampaign.merge((String) key(r, "campaignId"), given(List.of(r)), Math::addExact));
    Map<String, String> titles = titles(byCampaign.keySet());
    return new YearSummary.Donations(
        byCampaign.values().stream().mapToLong(Long::longValue).reduce(0L, Math::addExact),
        byCampaign.entrySet().stream()
            .map(
                c ->
                    new YearSummary.CampaignDonations(
                        c.getKey(), titles.get(c.getKey()), c.getValue()))
            .toList());
  }

  /** What the rows add up to, over every campaign. */
  static long given(List<Document> rows) {
    return rows.stream().mapToLong(r -> number(r, "amountVnd")).reduce(0L, Math::addExact);
  }

  /** Joined here, not copied into contributions: a title is known once the launch is projected. */
  private Map<String, String> titles(Set<String> campaignIds) {
    Map<String, String> titles = new HashMap<>();
    if (!campaignIds.isEmpty()) {
      store
          .campaigns()
          .find(in("_id", List.copyOf(campaignIds)))
          .projection(Projections.include(CampaignFields.TITLE))
          .forEach(c -> titles.put(c.getString("_id"), c.getString(CampaignFields.TITLE)));
    }
    return titles;
  }
}
