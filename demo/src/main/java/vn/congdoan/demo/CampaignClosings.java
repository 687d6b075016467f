package vn.congdoan.demo;

import java.util.List;
import vn.congdoan.demo.ProvinceCampaigns.Campaign;

/**
 * The federation closes the 2024 drives that ended in 2024 and sends on what the model branch gave
 * (the housing drive runs through 2025). Gifts a generated province records later are dated within
 * the drives, so closing first refuses none of them; they show as collected but not yet sent on.
 */
final class CampaignClosings {
  private record Closing(Campaign campaign, String recipient, String remittedOn) {}

  private static final List<Closing> CLOSINGS =
      List.of(
          new Closing(
              ProvinceCampaigns.STORM_NO_3,
              "Ban Vận động cứu trợ Ủy ban MTTQ Việt Nam tỉnh",
              "2024-12-05"),
          new Closing(
              ProvinceCampaigns.SUPPORT_FUND,
              "Quỹ hỗ trợ đoàn viên, CNVCNLĐ Liên đoàn Lao động tỉnh",
              "2025-01-08"),
          new Closing(
              ProvinceCampaigns.DISASTER_FUND, "Quỹ phòng, chống thiên tai tỉnh", "2025-01-10"));

  private CampaignClosings() {}

  /**
   * After a generated province's gifts: sends on what the closed drives still hold. The key names
   * the amount, so a later load that adds gifts sends on only the new remainder.
   */
  static void remitRest(DemoClient client) {
    for (Closing closing : CLOSINGS) {
      Campaign c = closing.campaign();
      long available = client.campaign(c.id()).map(v -> v.path("availableVnd").asLong()).orElse(0L);
      if (available > 0) {
        client.staffPost(
            client.services.welfareUrl() + "/api/campaigns/" + c.id() + "/remittances",
            "remittance:" + c.id() + ":rest:" + available,
            Body.of(
                "remittanceId",
                "chuyen-con-lai-" + available,
                "recipient",
                closing.recipient(),
                "amountVnd",
                available,
                "remittedOn",
                closing.remittedOn()));
      }
    }
  }

  static void record(DemoClient client) {
    String welfare = client.services.welfareUrl() + "/api/campaigns/";
    for (Closing closing : CLOSINGS) {
      Campaign c = closing.campaign();
      client.staffPost(
          welfare + c.id() + "/closing", "closing:" + c.id(), Body.of("closedOn", c.closesOn()));
      client.staffPost(
          welfare + c.id() + "/remittances",
          "remittance:" + c.id() + ":model",
          Body.of(
              "remittanceId", "chuyen-" + ModelBranchDemo.BRANCH_ID,
              "recipient", closing.recipient(),
              "amountVnd", ModelDonations.givenTo(c),
              "remittedOn", closing.remittedOn()));
    }
  }
}
