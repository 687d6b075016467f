package vn.congdoan.welfare.api;

/** Who a campaign is for: the whole province (federation staff) or one branch. */
public enum CampaignScope {
  PROVINCE,
  BRANCH
}
