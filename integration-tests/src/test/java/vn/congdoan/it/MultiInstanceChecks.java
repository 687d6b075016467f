package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.FINANCE;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;
import static vn.congdoan.it.Platform.Service.REPORTING;
import static vn.congdoan.it.Platform.Service.WELFARE;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * What {@link MultiInstanceIT} proves once the writes are done: the surviving instance of each
 * service reads from the store what was recorded (every acknowledged write among it), and reporting
 * shows exactly that, each write once.
 */
final class MultiInstanceChecks {
  private static final String STAFF = Platform.token("FEDERATION_STAFF", null);
  private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

  private MultiInstanceChecks() {}

  static void everyAcknowledgedWriteOnceInReporting(
      ChildStack stack,
      TwoInstances two,
      List<String> branches,
      List<AdmissionLoad> admissions,
      String campaignId,
      RepeatedWrites contributions,
      RepeatedWrites incomes) {
    for (int b = 0; b < branches.size(); b++) {
      String branch = branches.get(b);
      Set<String> stored = StoredEvents.admitted(stack.mongoUri(), "membership", branch);
      assertThat(stored)
          .as("acknowledged admissions stored")
          .containsAll(admissions.get(b).acknowledged());
      var roster =
          Http.get(
              two.secondUrl(MEMBERSHIP, "/api/branches/" + branch + "/members"),
              Platform.token("BRANCH_OFFICER", branch));
      assertThat(roster.json().get("count").asInt()).isEqualTo(stored.size());
      awaitFigure(
          two, "/api/reports/branches/" + branch + "/years/2024", "/members/total", stored.size());
    }

    var campaign = Http.get(two.secondUrl(WELFARE, "/api/campaigns/" + campaignId), STAFF);
    long collected = campaign.json().get("collectedVnd").asLong();
    assertThat(collected).isGreaterThanOrEqualTo(contributions.acknowledged() * 1_000L);
    await()
        .atMost(Duration.ofMinutes(1))
        .untilAsserted(
            () -> {
              var listed = Http.get(two.secondUrl(REPORTING, "/api/reports/campaigns"), STAFF);
              long shown = 0;
              for (var c : listed.json()) {
                if (c.get("campaignId").asText().equals(campaignId)) {
                  shown = c.get("collectedVnd").asLong();
                }
              }
              assertThat(shown).as("collected, in reporting").isEqualTo(collected);
            });

    String branch = branches.get(0);
    var books =
        Http.get(
            two.secondUrl(FINANCE, "/api/branches/" + branch + "/finance/years/" + YEAR), STAFF);
    long income = books.json().at("/income/otherVnd").asLong();
    assertThat(income).isGreaterThanOrEqualTo(incomes.acknowledged() * 1_000L);
    awaitFigure(
        two, "/api/reports/branches/" + branch + "/years/" + YEAR, "/finance/incomeVnd", income);
  }

  private static void awaitFigure(TwoInstances two, String path, String figure, long expected) {
    await()
        .atMost(Duration.ofMinutes(1))
        .untilAsserted(
            () -> {
              var summary = Http.get(two.secondUrl(REPORTING, path), STAFF);
              assertThat(summary.status()).as(summary.body()).isEqualTo(200);
              assertThat(summary.json().at(figure).asLong()).as(path + figure).isEqualTo(expected);
            });
  }
}
