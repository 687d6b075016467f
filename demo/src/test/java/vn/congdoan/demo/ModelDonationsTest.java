package vn.congdoan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.congdoan.demo.ModelDonations.Contribution;

class ModelDonationsTest {
  @Test
  void theContributionsAddUpToTheReportsTotal() {
    long total = ModelDonations.contributions().stream().mapToLong(Contribution::amountVnd).sum();
    assertThat(total).isEqualTo(136_225_000L).isEqualTo(ModelDonations.TOTAL_VND);
  }

  @Test
  void theyGoToTheFourCampaignsTheReportNames() {
    var titles =
        ModelDonations.contributions().stream()
            .map(c -> c.campaign().title())
            .collect(Collectors.toSet());
    assertThat(titles)
        .containsExactlyInAnyOrder(
            "Ủng hộ đồng bào bị thiệt hại do cơn bão số 3",
            "Hỗ trợ xây dựng nhà ở cho hộ nghèo, gia đình chính sách, hộ còn khó khăn về nhà ở",
            "Quỹ hỗ trợ đoàn viên, CNVCNLĐ Công đoàn Thanh Hóa",
            "Quỹ phòng, chống thiên tai");
  }

  @Test
  void eachIsReceivedAfterItsCampaignOpensWithItsOwnId() {
    var all = ModelDonations.contributions();
    assertThat(all.stream().map(Contribution::id).distinct()).hasSize(all.size());
    assertThat(all)
        .allSatisfy(
            c ->
                assertThat(LocalDate.parse(c.on()))
                    .isAfterOrEqualTo(LocalDate.parse(c.campaign().opensOn())));
    assertThat(all).allSatisfy(c -> assertThat(c.id()).matches("[a-z0-9][a-z0-9-]{1,63}"));
  }
}
