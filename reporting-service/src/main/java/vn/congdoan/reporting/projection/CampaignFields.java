package vn.congdoan.reporting.projection;

/**
 * The fields of {@link ReportingStore#CAMPAIGNS} (one document per campaign, its disclosures a list
 * in it) and {@link ReportingStore#CONTRIBUTIONS} (one per contribution: campaign, amount, day),
 * written by {@link CampaignProjections}. A campaign of a branch, and every contribution, has its
 * branch in {@link ReportingStore#BRANCH_ID}.
 */
public final class CampaignFields {
  public static final String TITLE = "title";
  public static final String SCOPE = "scope";
  public static final String OPENS_ON = "opensOn";
  public static final String CLOSES_ON = "closesOn";
  public static final String CLOSED_ON = "closedOn";
  public static final String REMITTED_VND = "remittedVnd";
  public static final String LAST_REMITTED_ON = "lastRemittedOn";
  public static final String DISCLOSURES = "disclosures";

  /** Of each disclosure. */
  public static final String DISCLOSURE_KIND = "kind";

  public static final String PUBLISHED_ON = "publishedOn";

  /** Of a contribution. */
  public static final String CAMPAIGN_ID = "campaignId";

  public static final String AMOUNT_VND = "amountVnd";
  public static final String RECEIVED_ON = "receivedOn";

  private CampaignFields() {}
}
