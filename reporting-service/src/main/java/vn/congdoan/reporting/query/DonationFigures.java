package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.in;
import static vn.congdoan.reporting.query.Aggregation.number;
import static vn.congdoan.reporting.query.Aggregation.sum;

import com.mongodb.client.model.Projections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;

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
    Map<String, Long> byCampaign = new TreeMap<>();
    for (Document row :
        Aggregation.grouped(
            store.contributions(),
            scope.match(Aggregation.within("receivedOn", year.first(), year.last())),
            new Document("_id", "$campaignId").append("amountVnd", sum("amountVnd")))) {
      byCampaign.put(row.getString("_id"), number(row, "amountVnd"));
    }
    Map<String, String> titles = titles(byCampaign.keySet());
    return new YearSummary.Donations(
        byCampaign.values().stream().mapToLong(Long::longValue).sum(),
        byCampaign.entrySet().stream()
            .map(
                c ->
                    new YearSummary.CampaignDonations(
                        c.getKey(), titles.get(c.getKey()), c.getValue()))
            .toList());
  }

  /** Joined here, not copied into contributions: a title is known once the launch is projected. */
  private Map<String, String> titles(Set<String> campaignIds) {
    Map<String, String> titles = new HashMap<>();
    if (!campaignIds.isEmpty()) {
      store
          .campaigns()
          .find(in("_id", List.copyOf(campaignIds)))
          .projection(Projections.include("title"))
          .forEach(c -> titles.put(c.getString("_id"), c.getString("title")));
    }
    return titles;
  }
}
