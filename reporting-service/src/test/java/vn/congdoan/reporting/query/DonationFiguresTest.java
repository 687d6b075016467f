package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.query.YearSummary.CampaignDonations;

class DonationFiguresTest extends ReadModelTestBase {
  private static final String VP = "vp-doan-dbqh";
  private static final String TC = "so-tai-chinh";
  private static final String STORM = "bao-so-3";
  private static final String STORM_TITLE = "Ủng hộ đồng bào bị thiệt hại do bão số 3";
  private static final String HOMES = "mai-am-cong-doan";
  private static final String HOMES_TITLE = "Xây dựng Mái ấm Công đoàn";

  private final WelfareEventMother welfare = events.welfare();

  @BeforeEach
  void twoBranchesGiveToTwoCampaigns() {
    model.apply(
        events.branchRegistered(VP, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        events.branchRegistered(TC, "Công đoàn cơ sở Sở Tài chính"),
        events.branchRegistered("so-y-te", "Công đoàn cơ sở Sở Y tế"),
        welfare.campaignLaunched(HOMES, HOMES_TITLE, TC, LocalDate.of(2024, 8, 1)),
        welfare.campaignLaunched(STORM, STORM_TITLE, null, LocalDate.of(2024, 9, 10)),
        welfare.contribution(STORM, "ct-1", VP, 5_000_000, LocalDate.of(2024, 9, 12)),
        welfare.contribution(HOMES, "ct-1", TC, 4_000_000, LocalDate.of(2024, 8, 2)),
        welfare.contribution(STORM, "ct-2", TC, 3_000_000, LocalDate.of(2024, 9, 13)),
        welfare.contribution(HOMES, "ct-2", VP, 500_000, LocalDate.of(2024, 12, 31)),
        welfare.contribution(STORM, "ct-3", VP, 2_000_000, LocalDate.of(2024, 1, 1)),
        welfare.contribution(STORM, "ct-4", VP, 1_000_000, LocalDate.of(2025, 1, 1)),
        welfare.contribution(HOMES, "ct-3", TC, 700_000, LocalDate.of(2023, 12, 31)));
  }

  @Test
  void aBranchCountsWhatItGaveWithinTheYearByCampaign() {
    assertThat(model.year(VP, 2024).donations())
        .isEqualTo(
            new YearSummary.Donations(
                7_500_000,
                List.of(
                    new CampaignDonations(STORM, STORM_TITLE, 7_000_000),
                    new CampaignDonations(HOMES, HOMES_TITLE, 500_000))));
    assertThat(model.year(TC, 2024).donations())
        .isEqualTo(
            new YearSummary.Donations(
                7_000_000,
                List.of(
                    new CampaignDonations(STORM, STORM_TITLE, 3_000_000),
                    new CampaignDonations(HOMES, HOMES_TITLE, 4_000_000))));
    assertThat(model.year(VP, 2025).donations().byCampaign())
        .containsExactly(new CampaignDonations(STORM, STORM_TITLE, 1_000_000));
  }

  @Test
  void campaignsAreListedByIdNotByAmount() {
    assertThat(model.year(TC, 2024).donations().byCampaign())
        .extracting(CampaignDonations::campaignId)
        .containsExactly(STORM, HOMES)
        .isSorted();
  }

  @Test
  void theProvinceShowsWhatEachCampaignCollectedFromAllBranchesInTheYear() {
    assertThat(model.province(2024).donations())
        .isEqualTo(
            new YearSummary.Donations(
                14_500_000,
                List.of(
                    new CampaignDonations(STORM, STORM_TITLE, 10_000_000),
                    new CampaignDonations(HOMES, HOMES_TITLE, 4_500_000))));
    assertThat(model.province(2023).donations().amountVnd()).isEqualTo(700_000);
  }

  @Test
  void aBranchThatGaveNothingReportsZeroAndNoCampaigns() {
    assertThat(model.year("so-y-te", 2024).donations())
        .isEqualTo(new YearSummary.Donations(0, List.of()));
  }

  @Test
  void aContributionCountsBeforeItsCampaignIsKnownAndGetsItsTitleOnceItIs() {
    Delivery launch =
        welfare.campaignLaunched("lu-mien-trung", "Lũ miền Trung", null, LocalDate.of(2024, 9, 30));
    Delivery given =
        welfare.contribution(
            "lu-mien-trung", "ct-1", "so-y-te", 900_000, LocalDate.of(2024, 10, 1));

    model.apply(given);
    var untitled = model.year("so-y-te", 2024).donations();
    model.apply(launch, given);

    assertThat(untitled.byCampaign())
        .containsExactly(new CampaignDonations("lu-mien-trung", null, 900_000));
    assertThat(model.year("so-y-te", 2024).donations().byCampaign())
        .containsExactly(new CampaignDonations("lu-mien-trung", "Lũ miền Trung", 900_000));
  }
}
