package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.welfare.api.DisclosureKind;

class CampaignProjectionTest extends ReadModelTestBase {
  private static final String CAMPAIGN = "mai-am-2024";
  private static final LocalDate OPENS = LocalDate.of(2024, 8, 1);

  private final WelfareEventMother welfare = events.welfare();
  private final List<Delivery> life =
      List.of(
          welfare.campaignLaunched(CAMPAIGN, "Xây dựng Mái ấm Công đoàn", "so-tai-chinh", OPENS),
          welfare.contribution(CAMPAIGN, "ct-1", "so-tai-chinh", 4_000_000, OPENS.plusDays(3)),
          welfare.fundsRemitted(CAMPAIGN, "ck-1", 1_500_000, OPENS.plusDays(10)),
          welfare.campaignClosed(CAMPAIGN, OPENS.plusDays(30)),
          welfare.fundsRemitted(CAMPAIGN, "ck-2", 2_500_000, OPENS.plusDays(31)),
          welfare.disclosed(CAMPAIGN, DisclosureKind.RECEIPTS, OPENS.plusDays(35)),
          welfare.disclosed(CAMPAIGN, DisclosureKind.DISTRIBUTION, OPENS.plusDays(40)));

  private Document campaign() {
    return model.store.campaigns().find().first();
  }

  @Test
  void theCampaignShowsItsScopeClosingRemittedTotalAndDisclosures() {
    model.apply(life);

    Document campaign = campaign();
    assertThat(campaign.getString("_id")).isEqualTo(CAMPAIGN);
    assertThat(campaign.getString("title")).isEqualTo("Xây dựng Mái ấm Công đoàn");
    assertThat(campaign.getString("scope")).isEqualTo("BRANCH");
    assertThat(campaign.getString("branchId")).isEqualTo("so-tai-chinh");
    assertThat(campaign.getString("opensOn")).isEqualTo("2024-08-01");
    assertThat(campaign.getString("closesOn")).isEqualTo("2024-09-01");
    assertThat(campaign.getString("closedOn")).isEqualTo("2024-08-31");
    assertThat(campaign.getLong("remittedVnd")).isEqualTo(4_000_000);
    assertThat(campaign.getList("disclosures", Document.class))
        .extracting(d -> d.getString("kind") + " " + d.getString("publishedOn"))
        .containsExactly("RECEIPTS 2024-09-05", "DISTRIBUTION 2024-09-10");
    assertThat(model.store.contributions().find().first().getString("_id"))
        .isEqualTo(CAMPAIGN + ":ct-1");
  }

  @Test
  void aProvinceCampaignHasNoBranch() {
    model.apply(welfare.campaignLaunched("bao-so-3", "Ủng hộ đồng bào bão số 3", null, OPENS));

    assertThat(campaign().getString("scope")).isEqualTo("PROVINCE");
    assertThat(campaign().get("branchId")).isNull();
    assertThat(campaign().getLong("remittedVnd")).isZero();
  }

  @Test
  void remittancesAndContributionsDeliveredAgainAreCountedOnce() {
    model.apply(life);
    var once = model.contents();

    model.apply(life);
    model.apply(life.get(2), life.get(2), life.get(1), life.get(4), life.get(5));
    model.apply(life.subList(3, life.size()));

    assertThat(model.contents()).isEqualTo(once);
    assertThat(campaign().getLong("remittedVnd")).isEqualTo(4_000_000);
    assertThat(model.province(2024).donations().amountVnd()).isEqualTo(4_000_000);
  }
}
