package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static vn.congdoan.reporting.query.Aggregation.number;
import static vn.congdoan.reporting.query.Aggregation.sum;

import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import vn.congdoan.reporting.projection.CampaignFields;
import vn.congdoan.reporting.projection.ReportingStore;

/**
 * The donation campaigns running in a year and how far each has come: collected (from the branches
 * in scope), remitted (by the campaign as a whole) and how many branches gave.
 */
public class CampaignProgress {
  public record Campaign(
      String campaignId,
      String title,
      String scope,
      String branchId,
      LocalDate opensOn,
      LocalDate closesOn,
      LocalDate closedOn,
      long collectedVnd,
      long remittedVnd,
      long contributingBranches) {}

  private final ReportingStore store;

  public CampaignProgress(ReportingStore store) {
    this.store = store;
  }

  /** Campaigns open at some point of the year, oldest first. */
  public List<Campaign> of(ReportYear year, Scope scope) {
    var running =
        and(
            or(eq(CampaignFields.OPENS_ON, null), lte(CampaignFields.OPENS_ON, year.last())),
            or(eq(CampaignFields.CLOSED_ON, null), gte(CampaignFields.CLOSED_ON, year.first())));
    List<Document> campaigns =
        store
            .campaigns()
            .find(running)
            .sort(Sorts.ascending(CampaignFields.OPENS_ON, "_id"))
            .into(new ArrayList<>());
    Map<String, Document> given = given(campaigns, scope);
    return campaigns.stream()
        .map(
            c -> {
              Document g = given.getOrDefault(c.getString("_id"), new Document());
              return new Campaign(
                  c.getString("_id"),
                  c.getString(CampaignFields.TITLE),
                  c.getString(CampaignFields.SCOPE),
                  c.getString(ReportingStore.BRANCH_ID),
                  date(c, CampaignFields.OPENS_ON),
                  date(c, CampaignFields.CLOSES_ON),
                  date(c, CampaignFields.CLOSED_ON),
                  number(g, "collectedVnd"),
                  number(c, CampaignFields.REMITTED_VND),
                  g.getList("branches", String.class, List.of()).size());
            })
        .toList();
  }

  /**
   * What a branch takes part in: the province's campaigns and its own, each with what this branch
   * gave (remitted stays the campaign's: a campaign's accounts are public).
   */
  public List<Campaign> forBranch(ReportYear year, String branchId) {
    return of(year, Scope.branch(branchId)).stream()
        .filter(c -> "PROVINCE".equals(c.scope()) || branchId.equals(c.branchId()))
        .toList();
  }

  private Map<String, Document> given(List<Document> campaigns, Scope scope) {
    Map<String, Document> given = new HashMap<>();
    if (campaigns.isEmpty()) {
      return given;
    }
    List<String> ids = campaigns.stream().map(c -> c.getString("_id")).toList();
    for (Document row :
        Aggregation.grouped(
            store.contributions(),
            scope.match(in(CampaignFields.CAMPAIGN_ID, ids)),
            new Document("_id", "$" + CampaignFields.CAMPAIGN_ID)
                .append("collectedVnd", sum(CampaignFields.AMOUNT_VND))
                .append("branches", new Document("$addToSet", ReportingStore.BRANCH_ID_PATH)))) {
      given.put(row.getString("_id"), row);
    }
    return given;
  }

  private static LocalDate date(Document campaign, String field) {
    String on = campaign.getString(field);
    return on == null ? null : LocalDate.parse(on);
  }
}
