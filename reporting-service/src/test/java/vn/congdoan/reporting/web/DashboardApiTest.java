package vn.congdoan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.ingest.BatchChange;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.ingest.ProjectionApplier;
import vn.congdoan.reporting.live.LiveUpdates;
import vn.congdoan.reporting.query.EventMother;

/** What the dashboards read besides the summaries: campaign progress, live changes, sign-in. */
class DashboardApiTest extends ReportingAppTestBase {
  private static final String BRANCH = ReportApiEvents.BRANCH;
  private static final String OTHER = ReportApiEvents.DISSOLVED;
  private static final Duration QUIET = Duration.ofMillis(1500);

  @BeforeAll
  static void start() {
    startWith(ReportApiEvents.of(), "--reporting.live.coalesce=50ms");
  }

  /** As the Kafka listener does: apply the batch, then tell the live dashboards. */
  private static void arrive(Delivery... batch) {
    app.getBean(ProjectionApplier.class).apply(List.of(batch));
    app.getBean(LiveUpdates.class).changed(BatchChange.of(List.of(batch)).recordedFor());
  }

  private static Delivery admission(String branch, String memberId) {
    return new EventMother()
        .memberAdmitted(
            branch, memberId, "Đặng Thị Ánh", Gender.FEMALE, "to-1", LocalDate.of(2024, 6, 3));
  }

  @Test
  void staffSeeEachCampaignsProgressCollectedFromEveryBranch() {
    var response = api.get("/api/reports/campaigns?year=2024", api.staff());

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    var campaign = response.json().get(0);
    assertThat(campaign.at("/campaignId").asText()).isEqualTo(ReportApiEvents.CAMPAIGN);
    assertThat(campaign.at("/title").asText()).isEqualTo(ReportApiEvents.CAMPAIGN_TITLE);
    assertThat(campaign.at("/collectedVnd").asLong()).isEqualTo(5_600_000);
    assertThat(campaign.at("/contributingBranches").asInt()).isEqualTo(2);
    assertThat(api.get("/api/reports/campaigns?year=2023", api.staff()).json()).isEmpty();
  }

  @Test
  void aBranchOfficerCannotListTheProvincesCampaigns() {
    assertThat(api.get("/api/reports/campaigns", api.officer(BRANCH)).status()).isEqualTo(403);
  }

  @Test
  void theDashboardLearnsHowToSignInWithoutAToken() {
    var response = api.get("/dashboard/config", null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/signIn").asText()).isEqualTo("dev");
  }

  @Test
  void theLiveStreamNeedsAToken() {
    assertThat(api.get("/api/reports/live", null).status()).isEqualTo(401);
  }

  @Test
  void aBranchOfficerHearsOfTheirOwnBranchsChangesOnly() throws Exception {
    try (var officer = new LiveStream(port, api.officer(BRANCH));
        var staff = new LiveStream(port, api.staff())) {
      assertThat(officer.status).isEqualTo(200);
      assertThat(officer.next(QUIET).name()).isEqualTo("ready");
      assertThat(staff.next(QUIET).name()).isEqualTo("ready");

      arrive(admission(OTHER, "live-1"));

      assertThat(staff.next(QUIET).data()).contains(OTHER);
      assertThat(officer.next(QUIET)).as("another branch's change").isNull();

      arrive(admission(BRANCH, "live-2"), admission(OTHER, "live-3"));

      var heard = officer.next(QUIET);
      assertThat(heard.name()).isEqualTo("changed");
      assertThat(heard.data()).contains(BRANCH).doesNotContain(OTHER);
      assertThat(staff.next(QUIET).data()).contains(BRANCH, OTHER);
    }
  }
}
