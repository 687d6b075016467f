package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.FINANCE;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;
import static vn.congdoan.it.Platform.Service.REPORTING;
import static vn.congdoan.it.Platform.Service.WELFARE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.congdoan.demo.GeneratedProvince;
import vn.congdoan.demo.ModelBranchDemo;
import vn.congdoan.demo.Services;

/**
 * The demo data, loaded through the public APIs: the model branch's year adds up to the reference
 * report's figures in the summary, a second load records nothing, and a generated province's
 * branches all reach the province summary.
 */
class DemoDataIT {
  private static final String BRANCH = ModelBranchDemo.BRANCH_ID;
  private static final long SEED = 7;

  private final Platform platform = Platform.shared();
  private final String staff = Platform.token("FEDERATION_STAFF", null);
  private final Services services =
      new Services(
          platform.url(MEMBERSHIP, ""), platform.url(WELFARE, ""), platform.url(FINANCE, ""));

  private JsonNode summary(int year) {
    var response = platform.summary(BRANCH, year, staff);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  void theModelBranchAddsUpToTheReportAndLoadsOnlyOnce() {
    ModelBranchDemo.load(services);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode s = summary(2024);
              assertThat(s.at("/members/total").asInt()).isEqualTo(46);
              assertThat(s.at("/members/male").asInt()).isEqualTo(30);
              assertThat(s.at("/members/female").asInt()).isEqualTo(16);
              assertThat(s.at("/members/groups").asInt()).isEqualTo(4);
              assertThat(s.at("/donations/amountVnd").asLong()).isEqualTo(136_225_000L);
              assertThat(s.at("/donations/byCampaign")).hasSize(4);
              assertThat(s.at("/awards/total").asInt()).isGreaterThanOrEqualTo(3);
              assertThat(s.at("/achievements/total").asInt()).isEqualTo(6);
              assertThat(s.at("/welfare/grants").asInt()).isPositive();
              assertThat(s.at("/welfare/byKind/WOMENS_DAY_MAR8/recipients").asInt()).isEqualTo(16);
              assertThat(s.at("/inspection/complaintsReceived").asInt()).isZero();
              assertThat(s.at("/inspection/inspections").asInt()).isEqualTo(1);
              assertThat(s.at("/finance/incomeVnd").asLong()).isPositive();
              assertThat(s.at("/finance/remittedVnd").asLong()).isPositive();
              JsonNode y2025 = summary(2025);
              assertThat(y2025.at("/dissolvedOn").asText()).isEqualTo("2025-06-01");
              // the dissolution ended every membership: its year counts who it closed with
              assertThat(y2025.at("/members/asOf").asText()).isEqualTo("2025-05-31");
              assertThat(y2025.at("/members/total").asInt()).isEqualTo(46);
            });
    JsonNode y2024 = summary(2024);
    JsonNode y2025 = summary(2025);

    ModelBranchDemo.load(services);
    // what a duplicate would change is counted within a second: give it three
    sleep(3_000);
    assertThat(summary(2024)).isEqualTo(y2024);
    assertThat(summary(2025)).isEqualTo(y2025);
  }

  @Test
  void aGeneratedProvincesBranchesReachTheProvinceSummary() {
    GeneratedProvince.load(services, 12, SEED);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(generatedBranches())
                  .hasSize(12)
                  .allSatisfy((id, n) -> assertThat(n).isPositive());
              JsonNode province = provinceSummary();
              assertThat(province.at("/welfare/grants").asInt()).isPositive();
              assertThat(province.at("/donations/amountVnd").asLong()).isPositive();
            });
    Map<String, Long> before = generatedBranches();
    long collected = supportFund2025();

    GeneratedProvince.load(services, 12, SEED);
    sleep(3_000);
    assertThat(generatedBranches()).isEqualTo(before);
    assertThat(supportFund2025()).isEqualTo(collected);
  }

  /** The generated branches the province summary counts, with their members. */
  private Map<String, Long> generatedBranches() {
    Map<String, Long> members = new TreeMap<>();
    provinceSummary()
        .path("branches")
        .forEach(
            b -> {
              String id = b.path("branchId").asText();
              if (id.startsWith("tinh-" + SEED + "-")) {
                members.put(id, b.path("members").asLong());
              }
            });
    return members;
  }

  /** What the 2025 support fund collected: every generated branch gives to it once. */
  private long supportFund2025() {
    var campaign =
        Http.get(platform.url(WELFARE, "/api/campaigns/quy-ho-tro-doan-vien-2025"), staff);
    assertThat(campaign.status()).as(campaign.body()).isEqualTo(200);
    return campaign.json().get("collectedVnd").asLong();
  }

  private JsonNode provinceSummary() {
    var response = Http.get(platform.url(REPORTING, "/api/reports/province/years/2024"), staff);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
