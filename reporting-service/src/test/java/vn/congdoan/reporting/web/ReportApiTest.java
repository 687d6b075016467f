package vn.congdoan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import vn.congdoan.reporting.ingest.ProjectionConsumer;

/**
 * The service as it starts for real, over HTTP with real tokens, its projections fed directly (the
 * Kafka listener stays stopped: the cross-service tests cover the broker).
 */
class ReportApiTest extends ReportingAppTestBase {
  private static final String BRANCH = ReportApiEvents.BRANCH;
  private static final String DISSOLVED = ReportApiEvents.DISSOLVED;

  @BeforeAll
  static void start() {
    startWith(ReportApiEvents.of());
  }

  @Test
  void aBranchOfficerReadsTheYearSummaryOfTheirBranch() {
    var response = api.get("/api/reports/branches/" + BRANCH + "/years/2024", api.officer(BRANCH));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    var summary = response.json();
    assertThat(summary.at("/branchId").asText()).isEqualTo(BRANCH);
    assertThat(summary.at("/year").asInt()).isEqualTo(2024);
    assertThat(summary.at("/members/total").asInt()).isEqualTo(2);
    assertThat(summary.at("/members/female").asInt()).isEqualTo(1);
    assertThat(summary.at("/members/joined").asInt()).isEqualTo(1);
    assertThat(summary.at("/members/byGroup/0/name").asText()).isEqualTo("Tổ công đoàn Văn phòng");
    assertThat(summary.at("/welfare/byKind/WOMENS_DAY_MAR8/amountVnd").asLong()).isEqualTo(500_000);
    assertThat(summary.at("/welfare/amountVnd").asLong())
        .as("the Tet gifts were reversed")
        .isEqualTo(500_000);
    assertThat(summary.at("/welfare/byKind").has("TET")).isFalse();
    assertThat(summary.at("/finance/incomeVnd").asLong()).isEqualTo(3_281_000);
  }

  @Test
  void theYearSummaryHasEveryFigureOfTheYearEndReport() {
    var summary =
        api.get("/api/reports/branches/" + BRANCH + "/years/2024", api.officer(BRANCH)).json();

    assertThat(summary.at("/dissolvedOn").isNull()).isTrue();
    assertThat(summary.at("/members/honorary").asInt()).isEqualTo(1);
    assertThat(summary.at("/members/transferredIn").isIntegralNumber()).isTrue();
    assertThat(summary.at("/members/transferredOut").isIntegralNumber()).isTrue();
    assertThat(summary.at("/members/asOf").asText()).isEqualTo("2024-12-31");
    assertThat(summary.at("/activities/total").asInt()).isEqualTo(1);
    assertThat(summary.at("/activities/participants").asInt()).isEqualTo(46);
    assertThat(summary.at("/activities/byKind/PROPAGANDA/count").asInt()).isEqualTo(1);
    assertThat(summary.at("/activities/byKind/PROPAGANDA/participants").asInt()).isEqualTo(46);
    assertThat(summary.at("/awards/total").asInt()).isEqualTo(1);
    assertThat(summary.at("/awards/collective").asInt()).isEqualTo(1);
    assertThat(summary.at("/awards/individual").asInt()).isZero();
    assertThat(summary.at("/achievements/total").asInt()).isEqualTo(1);
    assertThat(summary.at("/achievements/byKind/DOCTORATE").asInt()).isEqualTo(1);
    assertThat(summary.at("/ratings/branch").asText()).isEqualTo("STRONG");
    assertThat(summary.at("/ratings/groups/STRONG").asInt()).isEqualTo(1);
    assertThat(summary.at("/ratings/members/GOOD").asInt()).isEqualTo(1);
    assertThat(summary.at("/ratings").has("branches")).isFalse();
    // The report must say "0", so the zeros are there, not left out.
    for (String field :
        List.of("complaintsReceived", "complaintsResolved", "inspections", "violationsFound")) {
      assertThat(summary.at("/inspection/" + field).isIntegralNumber()).as(field).isTrue();
      assertThat(summary.at("/inspection/" + field).asInt()).as(field).isZero();
    }
  }

  @Test
  void donationsAreCountedByCampaignForTheBranchAndOverTheProvince() {
    var branch =
        api.get("/api/reports/branches/" + BRANCH + "/years/2024", api.officer(BRANCH)).json();
    var province = api.get("/api/reports/province/years/2024", api.staff()).json();

    assertThat(branch.at("/donations/amountVnd").asLong()).isEqualTo(4_600_000);
    assertThat(branch.at("/donations/byCampaign").size()).isEqualTo(1);
    assertThat(branch.at("/donations/byCampaign/0/campaignId").asText())
        .isEqualTo(ReportApiEvents.CAMPAIGN);
    assertThat(branch.at("/donations/byCampaign/0/title").asText())
        .isEqualTo(ReportApiEvents.CAMPAIGN_TITLE);
    assertThat(branch.at("/donations/byCampaign/0/amountVnd").asLong()).isEqualTo(4_600_000);
    assertThat(province.at("/donations/amountVnd").asLong()).isEqualTo(5_600_000);
    assertThat(province.at("/donations/byCampaign/0/amountVnd").asLong()).isEqualTo(5_600_000);
    var before = api.get("/api/reports/branches/" + BRANCH + "/years/2023", api.staff()).json();
    assertThat(before.at("/donations/amountVnd").isIntegralNumber()).isTrue();
    assertThat(before.at("/donations/byCampaign").isArray()).isTrue();
    assertThat(before.at("/donations/byCampaign").size()).isZero();
  }

  @Test
  void theLedgerIsSummedByKindAndCategoryForTheBranchAndOverTheProvince() {
    var branch =
        api.get("/api/reports/branches/" + BRANCH + "/years/2024", api.officer(BRANCH)).json();
    var province = api.get("/api/reports/province/years/2024", api.staff()).json();
    var before = api.get("/api/reports/branches/" + BRANCH + "/years/2023", api.staff()).json();

    assertThat(branch.at("/finance").toString())
        .isEqualTo(
            "{\"incomeVnd\":3281000,\"duesVnd\":81000,\"unionFundingVnd\":1200000,"
                + "\"otherIncomeVnd\":2000000,\"expenseVnd\":500000,\"remittedVnd\":816000,"
                + "\"handedOverVnd\":0,\"balanceVnd\":1965000,\"byCategory\":{\"MEMBER_CARE\":500000},"
                + "\"corrections\":[]}");
    assertThat(province.at("/finance/expenseVnd").asLong()).isEqualTo(600_000);
    assertThat(province.at("/finance/balanceVnd").asLong()).isEqualTo(1_865_000);
    assertThat(province.at("/finance/byCategory").toString())
        .isEqualTo("{\"MEMBER_CARE\":500000,\"OTHER\":100000}");
    assertThat(before.at("/finance").toString())
        .isEqualTo(
            "{\"incomeVnd\":0,\"duesVnd\":0,\"unionFundingVnd\":0,\"otherIncomeVnd\":0,"
                + "\"expenseVnd\":0,\"remittedVnd\":0,\"handedOverVnd\":0,\"balanceVnd\":0,\"byCategory\":{},"
                + "\"corrections\":[]}");
  }

  @Test
  void aDissolvedBranchSaysSinceWhenInItsSummaryAndInTheProvinces() {
    var summary = api.get("/api/reports/branches/" + DISSOLVED + "/years/2025", api.staff()).json();
    var province = api.get("/api/reports/province/years/2024", api.staff()).json();

    assertThat(summary.at("/dissolvedOn").asText()).isEqualTo("2025-06-01");
    assertThat(province.at("/branches/0/dissolvedOn").isNull()).isTrue();
    assertThat(province.at("/branches/1/branchId").asText()).isEqualTo(DISSOLVED);
    assertThat(province.at("/branches/1/dissolvedOn").asText()).isEqualTo("2025-06-01");
    assertThat(province.at("/ratings/branch").isNull()).isTrue();
    assertThat(province.at("/ratings/branches/STRONG").asInt()).isEqualTo(1);
    assertThat(province.at("/members/honorary").asInt()).isEqualTo(1);
    assertThat(province.at("/inspection/inspections").isIntegralNumber()).isTrue();
  }

  @Test
  void anOfficerOfAnotherBranchIsToldTheBranchDoesNotExist() {
    var response =
        api.get("/api/reports/branches/" + BRANCH + "/years/2024", api.officer("so-y-te"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void anUnknownBranchIsNotFound() {
    assertThat(api.get("/api/reports/branches/khong-co/years/2024", api.staff()).status())
        .isEqualTo(404);
  }

  @Test
  void aYearOutsideTheCalendarRangeIsABadRequest() {
    var response = api.get("/api/reports/branches/" + BRANCH + "/years/1899", api.staff());

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().at("/detail").asText()).contains("1900");
    assertThat(api.get("/api/reports/province/years/nam-nay", api.staff()).status()).isEqualTo(400);
  }

  @Test
  void theProvinceSummaryIsNotForBranchOfficers() {
    var refused = api.get("/api/reports/province/years/2024", api.officer(BRANCH));
    var read = api.get("/api/reports/province/years/2024", api.token("AUDITOR", null));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().at("/members/total").asInt()).isEqualTo(2);
    assertThat(read.json().at("/branches/0/name").asText())
        .isEqualTo("Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh");
  }

  @Test
  void staffPreviewADissolutionOnTheDayTheyChoose() {
    var preview =
        api.get("/api/reports/branches/" + BRANCH + "/wind-up?effectiveOn=2025-01-01", api.staff());
    var refused = api.get("/api/reports/branches/" + BRANCH + "/wind-up", api.officer(BRANCH));

    assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    assertThat(preview.json().at("/name").asText())
        .isEqualTo("Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh");
    assertThat(preview.json().at("/booksClosedOn").asText()).isEqualTo("2024-12-31");
    // the honorary member too: every membership ends with the branch
    assertThat(preview.json().at("/members").asInt()).isEqualTo(3);
    assertThat(preview.json().at("/campaigns").isArray()).isTrue();
    assertThat(refused.status()).isEqualTo(403);
    assertThat(api.get("/api/reports/branches/khong-co/wind-up", api.staff()).status())
        .isEqualTo(404);
  }

  @Test
  void whatWaitsOnStaffIsNotForBranchOfficers() {
    var attention = api.get("/api/reports/province/years/2024/attention", api.staff());
    var refused = api.get("/api/reports/province/years/2024/attention", api.officer(BRANCH));

    assertThat(attention.status()).as(attention.body()).isEqualTo(200);
    assertThat(attention.json().at("/year").asInt()).isEqualTo(2024);
    assertThat(attention.json().at("/withoutBudget/0/branchId").asText()).isEqualTo(BRANCH);
    assertThat(attention.json().at("/unapprovedBudgets").isArray()).isTrue();
    assertThat(attention.json().at("/overdueDisclosures").isArray()).isTrue();
    assertThat(refused.status()).isEqualTo(403);
  }

  @Test
  void withoutATokenNothingIsRead() {
    assertThat(api.get("/api/reports/province/years/2024", null).status()).isEqualTo(401);
  }

  @Test
  void prometheusShowsTheProjectionLagAndEventCounts() {
    var scrape = api.get("/actuator/prometheus", null);

    assertThat(scrape.status()).as(scrape.body()).isEqualTo(200);
    assertThat(scrape.body())
        .contains("reporting_projection_lag_seconds_bucket{")
        .contains("reporting_projection_lag_current_seconds{")
        .contains("reporting_events_applied_total{")
        .contains("topic=\"membership.events\"");
  }

  @Test
  void theConsumerCommitsAfterEachBatchAndNeverGivesUpOnOne() {
    var container =
        app.getBean(KafkaListenerEndpointRegistry.class)
            .getListenerContainer(ProjectionConsumer.LISTENER_ID);
    Map<String, Object> consumer =
        ((ConsumerFactory<?, ?>) app.getBean(ConsumerFactory.class)).getConfigurationProperties();

    assertThat(container.getGroupId()).isEqualTo("reporting");
    assertThat(container.getContainerProperties().getAckMode()).isEqualTo(AckMode.BATCH);
    assertThat(consumer)
        .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
        .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
        .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
    assertThat(((ConcurrentMessageListenerContainer<?, ?>) container).getConcurrency())
        .isEqualTo(1);
    assertThat(((ConcurrentMessageListenerContainer<?, ?>) container).getCommonErrorHandler())
        .isSameAs(app.getBean(CommonErrorHandler.class));
  }
}
