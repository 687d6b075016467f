package vn.congdoan.demo;

import java.util.List;

/**
 * The province-wide donation campaigns the federation launched, which the model branch and the
 * generated branches all give to. Launched with fixed ids and keys, so whichever load comes first
 * launches them and the other finds them.
 */
final class ProvinceCampaigns {
  record Campaign(String id, String title, String purpose, String opensOn, String closesOn) {}

  static final Campaign STORM_NO_3 =
      new Campaign(
          "bao-so-3-2024",
          "Ủng hộ đồng bào bị thiệt hại do cơn bão số 3",
          "Hỗ trợ đồng bào các tỉnh phía Bắc khắc phục thiệt hại do cơn bão số 3 (Yagi) năm 2024",
          "2024-09-09",
          "2024-11-30");
  static final Campaign HOUSING =
      new Campaign(
          "nha-o-ho-ngheo-2024",
          "Hỗ trợ xây dựng nhà ở cho hộ nghèo, gia đình chính sách, hộ còn khó khăn về nhà ở",
          "Cuộc vận động hỗ trợ xây dựng nhà ở cho hộ nghèo trên địa bàn tỉnh năm 2024-2025",
          "2024-04-01",
          "2025-12-31");
  static final Campaign SUPPORT_FUND =
      new Campaign(
          "quy-ho-tro-doan-vien-2024",
          "Quỹ hỗ trợ đoàn viên, CNVCNLĐ Công đoàn Thanh Hóa",
          "Ủng hộ Quỹ hỗ trợ đoàn viên, CNVCNLĐ Công đoàn Thanh Hóa năm 2024",
          "2024-01-15",
          "2024-12-31");
  static final Campaign DISASTER_FUND =
      new Campaign(
          "quy-phong-chong-thien-tai-2024",
          "Quỹ phòng, chống thiên tai",
          "Đóng góp Quỹ phòng, chống thiên tai tỉnh năm 2024",
          "2024-03-01",
          "2024-12-31");

  /** The four campaigns of the model branch's report, in its order. */
  static final List<Campaign> OF_2024 = List.of(STORM_NO_3, HOUSING, SUPPORT_FUND, DISASTER_FUND);

  /**
   * The 2025 support fund. A generated branch's contribution to it is the last thing its load
   * records, so the campaign's lines by branch tell which branches were loaded completely.
   */
  static final Campaign SUPPORT_FUND_2025 =
      new Campaign(
          "quy-ho-tro-doan-vien-2025",
          "Quỹ Hỗ trợ đoàn viên, CNVCLĐ Công đoàn Thanh Hóa năm 2025",
          "Ủng hộ Quỹ Hỗ trợ đoàn viên, CNVCLĐ Công đoàn Thanh Hóa năm 2025",
          "2025-01-02",
          "2025-12-31");

  private ProvinceCampaigns() {}

  static void launch(DemoClient client, List<Campaign> campaigns) {
    for (Campaign c : campaigns) {
      client.staffPost(
          client.services.welfareUrl() + "/api/campaigns",
          "campaign:" + c.id(),
          Body.of(
              "campaignId", c.id(),
              "title", c.title(),
              "scope", "PROVINCE",
              "purpose", c.purpose(),
              "opensOn", c.opensOn(),
              "closesOn", c.closesOn()));
    }
  }
}
