package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A branch sees the province's campaigns and its own, each with what it gave itself. */
class BranchCampaignsTest extends ReadModelTestBase {
  private static final LocalDate OPENS = LocalDate.of(2024, 8, 1);
  private final WelfareEventMother welfare = events.welfare();

  @Test
  void theProvincesAndItsOwnWithItsOwnGiving() {
    model.apply(
        welfare.campaignLaunched("bao-so-3", "Ủng hộ đồng bào bão số 3", null, OPENS),
        welfare.campaignLaunched("mai-am", "Mái ấm Công đoàn", "so-tai-chinh", OPENS),
        welfare.campaignLaunched("khac", "Của công đoàn khác", "so-y-te", OPENS),
        welfare.contribution("bao-so-3", "c-1", "so-tai-chinh", 2_000_000, OPENS.plusDays(1)),
        welfare.contribution("bao-so-3", "c-2", "so-y-te", 9_000_000, OPENS.plusDays(1)),
        welfare.contribution("mai-am", "c-3", "so-tai-chinh", 500_000, OPENS.plusDays(2)));

    var campaigns =
        new CampaignProgress(model.store).forBranch(new ReportYear(2024), "so-tai-chinh");

    assertThat(campaigns)
        .extracting(c -> c.campaignId() + " " + c.collectedVnd())
        .containsExactlyInAnyOrder("bao-so-3 2000000", "mai-am 500000");
  }
}
