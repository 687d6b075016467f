package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;
import static vn.congdoan.it.Platform.Service.WELFARE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The model branch's 2024 welfare year from its report: the occasions it names, the gifts to its 16
 * women on 8/3 and 20/10, children's and parents' gifts, visits, and donations to four campaigns
 * totalling 136.225.000 đồng — recorded through the API and read back from the summary.
 */
class WelfareYearIT {
  private static final String BRANCH = "welfare-model";
  private static final long DONATED = 136_225_000L;

  private final Platform platform = Platform.shared();
  private final String officer = Platform.token("BRANCH_OFFICER", BRANCH);
  private final String staff = Platform.token("FEDERATION_STAFF", null);

  private Http.Response welfare(String path, String token, Object body) {
    return Http.post(platform.url(WELFARE, path), token, body);
  }

  private JsonNode ok(Http.Response response) {
    assertThat(response.status()).as(response.body()).isIn(200, 201);
    return response.json();
  }

  private JsonNode grant(String kind, String on, List<String> members, String relation, long each) {
    List<Map<String, String>> recipients = new ArrayList<>();
    members.forEach(m -> recipients.add(Map.of("memberId", m, "relation", relation)));
    return ok(
        welfare(
            "/api/branches/" + BRANCH + "/welfare/grants",
            officer,
            Map.of(
                "kind",
                kind,
                "grantedOn",
                on,
                "recipients",
                recipients,
                "amountVndEach",
                each,
                "fund",
                "DUES")));
  }

  private JsonNode occasion(String kind, String on, long each, Integer month) {
    var body =
        new java.util.HashMap<String, Object>(
            Map.of("kind", kind, "grantedOn", on, "amountVndEach", each, "fund", "DUES"));
    if (month != null) {
      body.put("month", month);
    }
    return ok(welfare("/api/branches/" + BRANCH + "/welfare/occasions", officer, body));
  }

  /** The first campaign's collection handed to the Front by staff. */
  private Http.Response remitCampaign0(long amountVnd) {
    return welfare(
        "/api/campaigns/wf-campaign-0/remittances",
        staff,
        Map.of(
            "recipient", "Ủy ban MTTQ tỉnh", "amountVnd", amountVnd, "remittedOn", "2024-10-02"));
  }

  private static List<String> members(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i < to; i++) {
      ids.add(ModelBranch.id("wf", i));
    }
    return ids;
  }

  @Test
  void theModelBranchsWelfareYearAddsUpInTheSummary() {
    platform.registerBranch(
        BRANCH,
        "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh",
        ModelBranch.GROUPS.toArray(String[]::new));
    var imported =
        Http.send(
            "POST",
            platform.url(MEMBERSHIP, "/api/branches/" + BRANCH + "/members/import"),
            officer,
            String.join("\n", ModelBranch.rosterLines("wf")),
            Map.of("Content-Type", "text/csv"));
    assertThat(imported.json().get("imported").asInt()).as(imported.body()).isEqualTo(46);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              var view =
                  Http.get(
                      platform.url(
                          WELFARE, "/api/branches/" + BRANCH + "/welfare/members?on=2024-03-08"),
                      officer);
              assertThat(view.status()).as(view.body()).isEqualTo(200);
              assertThat(view.json().get("members")).hasSize(46);
            });

    JsonNode mar8 = occasion("WOMENS_DAY_MAR8", "2024-03-08", 500_000, null);
    assertThat(mar8.get("count").asInt()).isEqualTo(16);
    assertThat(occasion("WOMENS_DAY_OCT20", "2024-10-20", 500_000, null).get("count").asInt())
        .isEqualTo(16);
    JsonNode birthdays = occasion("BIRTHDAY", "2024-05-02", 300_000, 5);
    assertThat(birthdays.get("count").asInt()).isPositive();
    grant("CHILDRENS_DAY", "2024-06-01", members(0, 20), "CHILD", 200_000);
    grant("MID_AUTUMN", "2024-09-17", members(0, 20), "CHILD", 200_000);
    grant("OLDER_PERSONS_DAY", "2024-10-01", members(10, 40), "PARENT", 300_000);
    grant("FOUNDING_DAY", "2024-10-10", members(0, 46), "SELF", 500_000);
    grant("TEACHERS_DAY", "2024-11-20", members(40, 46), "SELF", 300_000);
    grant("SICKNESS_VISIT", "2024-04-12", List.of(ModelBranch.id("wf", 3)), "SELF", 1_000_000);
    grant("BEREAVEMENT", "2024-07-22", List.of(ModelBranch.id("wf", 7)), "PARENT", 2_000_000);
    grant("WEDDING", "2024-12-01", List.of(ModelBranch.id("wf", 44)), "SELF", 1_000_000);
    grant("VACATION", "2024-07-05", members(0, 46), "SELF", 1_500_000);

    var mistaken =
        grant("WEDDING", "2024-12-02", List.of(ModelBranch.id("wf", 44)), "SELF", 1_000_000);
    ok(
        welfare(
            "/api/branches/"
                + BRANCH
                + "/welfare/grants/"
                + mistaken.get("grantId").asText()
                + "/reversal",
            officer,
            Map.of("reason", "Ghi trùng")));
    var stranger =
        welfare(
            "/api/branches/" + BRANCH + "/welfare/grants",
            officer,
            Map.of(
                "kind",
                "HARDSHIP",
                "grantedOn",
                "2024-12-02",
                "recipients",
                List.of(Map.of("memberId", "not-a-member", "relation", "SELF")),
                "amountVndEach",
                1_000_000,
                "fund",
                "DUES"));
    assertThat(stranger.status()).as(stranger.body()).isEqualTo(422);
    assertThat(stranger.json().get("detail").asText()).contains("not-a-member");

    long[][] campaigns = {{46_000_000, 23}, {40_225_000, 1}, {25_000_000, 5}, {25_000_000, 10}};
    String[] titles = {
      "Ủng hộ đồng bào bị thiệt hại do cơn bão số 3",
      "Hỗ trợ xây dựng nhà ở cho hộ nghèo",
      "Quỹ Hỗ trợ đoàn viên, CNVCLĐ Công đoàn Thanh Hóa",
      "Quỹ phòng, chống thiên tai"
    };
    for (int c = 0; c < campaigns.length; c++) {
      String id = "wf-campaign-" + c;
      ok(
          welfare(
              "/api/campaigns",
              staff,
              Map.of(
                  "campaignId",
                  id,
                  "title",
                  titles[c],
                  "scope",
                  "PROVINCE",
                  "purpose",
                  titles[c],
                  "opensOn",
                  "2024-01-01")));
      long total = campaigns[c][0];
      int givers = (int) campaigns[c][1];
      for (int g = 0; g < givers; g++) {
        long amount = total / givers + (g == 0 ? total % givers : 0);
        var body =
            new java.util.HashMap<String, Object>(
                Map.of(
                    "branchId", BRANCH, "amountVnd", amount, "receivedOn", "2024-09-1" + (g % 10)));
        if (givers > 1) {
          body.put("memberId", ModelBranch.id("wf", g));
        }
        ok(welfare("/api/campaigns/" + id + "/contributions", officer, body));
      }
    }
    ok(welfare("/api/campaigns/wf-campaign-0/closing", staff, Map.of("closedOn", "2024-09-30")));
    var tooMuch = remitCampaign0(46_000_001);
    assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(422);
    ok(remitCampaign0(46_000_000));
    JsonNode storm = Http.get(platform.url(WELFARE, "/api/campaigns/wf-campaign-0"), staff).json();
    assertThat(storm.get("collectedVnd").asLong()).isEqualTo(46_000_000);
    assertThat(storm.at("/byBranch/0/branchId").asText()).isEqualTo(BRANCH);

    long expectedWelfare =
        16 * 500_000L * 2
            + birthdays.get("count").asLong() * 300_000
            + 20 * 200_000L * 2
            + 30 * 300_000L
            + 46 * 500_000L
            + 6 * 300_000L
            + 1_000_000
            + 2_000_000
            + 1_000_000
            + 46 * 1_500_000L;
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode s = platform.summary(BRANCH, 2024, officer).json();
              assertThat(s.at("/donations/amountVnd").asLong()).isEqualTo(DONATED);
              assertThat(s.at("/donations/byCampaign")).hasSize(4);
              assertThat(s.at("/welfare/byKind/WOMENS_DAY_MAR8/recipients").asInt()).isEqualTo(16);
              assertThat(s.at("/welfare/byKind/WOMENS_DAY_OCT20/recipients").asInt()).isEqualTo(16);
              assertThat(s.at("/welfare/byKind/WEDDING/grants").asInt()).isEqualTo(1);
              assertThat(s.at("/welfare/amountVnd").asLong()).isEqualTo(expectedWelfare);
              JsonNode province =
                  Http.get(
                          platform.url(
                              Platform.Service.REPORTING, "/api/reports/province/years/2024"),
                          staff)
                      .json();
              assertThat(province.at("/donations/amountVnd").asLong())
                  .isGreaterThanOrEqualTo(DONATED);
            });
  }
}
