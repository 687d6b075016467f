package vn.congdoan.demo;

import java.util.ArrayList;
import java.util.List;
import vn.congdoan.demo.ProvinceCampaigns.Campaign;

/**
 * The model branch's giving in 2024: 136.225.000 đồng over the four campaigns the report names,
 * partly each member's own contribution, partly the branch's on behalf of all.
 */
final class ModelDonations {
  static final long TOTAL_VND = 136_225_000L;

  /** One contribution; {@code memberId} is null for the branch's own. */
  record Contribution(Campaign campaign, String id, String memberId, long amountVnd, String on) {}

  private ModelDonations() {}

  static List<Contribution> contributions() {
    List<Contribution> all = new ArrayList<>();
    // storm no. 3: 500.000 đ from each member, the branch adds 10.000.000 đ
    each(all, ProvinceCampaigns.STORM_NO_3, 500_000, "2024-09-16");
    branch(all, ProvinceCampaigns.STORM_NO_3, 10_000_000, "2024-09-18");
    // housing for poor households: 300.000 đ each, and the branch's 38.425.000 đ
    each(all, ProvinceCampaigns.HOUSING, 300_000, "2024-05-20");
    branch(all, ProvinceCampaigns.HOUSING, 38_425_000, "2024-06-14");
    // the provincial member support fund: 200.000 đ each, and the branch's 15.800.000 đ
    each(all, ProvinceCampaigns.SUPPORT_FUND, 200_000, "2024-03-25");
    branch(all, ProvinceCampaigns.SUPPORT_FUND, 15_800_000, "2024-03-29");
    // the disaster prevention fund: 500.000 đ each (a day's pay), and the branch's 3.000.000 đ
    each(all, ProvinceCampaigns.DISASTER_FUND, 500_000, "2024-06-20");
    branch(all, ProvinceCampaigns.DISASTER_FUND, 3_000_000, "2024-06-28");
    return all;
  }

  /** What the model branch gave to one campaign. */
  static long givenTo(Campaign campaign) {
    return contributions().stream()
        .filter(c -> c.campaign().equals(campaign))
        .mapToLong(Contribution::amountVnd)
        .sum();
  }

  private static void each(List<Contribution> all, Campaign c, long amount, String on) {
    for (int i = 0; i < ModelRoster.SIZE; i++) {
      String member = ModelWelfare.member(i);
      all.add(new Contribution(c, c.id() + "-" + member, member, amount, on));
    }
  }

  private static void branch(List<Contribution> all, Campaign c, long amount, String on) {
    String id = c.id() + "-" + ModelBranchDemo.BRANCH_ID;
    all.add(new Contribution(c, id, null, amount, on));
  }

  static void record(BranchSession branch) {
    for (Contribution c : contributions()) {
      branch.contribute(
          "contribution:" + c.id(),
          c.campaign().id(),
          Body.of(
              "contributionId", c.id(),
              "branchId", branch.branchId,
              "memberId", c.memberId(),
              "amountVnd", c.amountVnd(),
              "receivedOn", c.on()));
    }
  }
}
