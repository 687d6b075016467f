package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.FINANCE;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;
import static vn.congdoan.it.Platform.Service.WELFARE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.Topics;

/**
 * The 8/3 gift to every woman of a 20,000-member branch, through the API: welfare records it in
 * events far below Kafka's limit, finance books one expense and the summary shows one grant.
 */
class LargeOccasionIT {
  private static final String BRANCH = "kcn-20000";
  private static final int WOMEN = 20_000;
  private static final long EACH = 500_000;

  private final Platform platform = Platform.shared();
  private final String officer = Platform.token("BRANCH_OFFICER", BRANCH);

  @Test
  void aGiftToTwentyThousandWomenIsOneGrantInTheReportAndOneExpenseInTheLedger() throws Exception {
    platform.registerBranch(BRANCH, "Công đoàn cơ sở Khu công nghiệp", "to-1");
    // four files: each stays under the 1 MB request limit
    for (int from = 0; from < WOMEN; from += 5_000) {
      var imported =
          Http.send(
              "POST",
              platform.url(MEMBERSHIP, "/api/branches/" + BRANCH + "/members/import"),
              officer,
              roster(from, from + 5_000),
              Map.of("Content-Type", "text/csv"));
      assertThat(imported.json().get("imported").asInt()).as(imported.body()).isEqualTo(5_000);
    }
    platform.awaitWelfareMembers(BRANCH, WOMEN, Duration.ofMinutes(2));

    var gift =
        Http.post(
            platform.url(WELFARE, "/api/branches/" + BRANCH + "/welfare/occasions"),
            officer,
            Map.of(
                "grantId", "kcn-qua-8-3",
                "kind", "WOMENS_DAY_MAR8",
                "grantedOn", "2024-03-08",
                "amountVndEach", EACH,
                "fund", "DUES"));
    assertThat(gift.status()).as(gift.body()).isEqualTo(201);
    assertThat(gift.json().get("count").asInt()).isEqualTo(WOMEN);

    long total = WOMEN * EACH;
    await()
        .atMost(Duration.ofMinutes(1))
        .untilAsserted(
            () -> {
              var summary = platform.summary(BRANCH, 2024, officer);
              assertThat(summary.status()).as(summary.body()).isEqualTo(200);
              var welfare = summary.json().get("welfare");
              assertThat(welfare.get("grants").asLong()).isEqualTo(1);
              assertThat(welfare.get("recipients").asLong()).isEqualTo(WOMEN);
              assertThat(welfare.get("amountVnd").asLong()).isEqualTo(total);
              assertThat(summary.json().at("/finance/byCategory/MEMBER_CARE").asLong())
                  .isEqualTo(total);
            });
    var ledger =
        Http.get(platform.url(FINANCE, "/api/branches/" + BRANCH + "/finance/years/2024"), officer);
    assertThat(ledger.json().at("/expense/byCategory/MEMBER_CARE").asLong()).isEqualTo(total);
    assertThat(storedInFinance("GrantExpenseRecorded")).as("one expense").isEqualTo(1);

    var published =
        KafkaLog.read(
            platform.kafka.bootstrapServers(),
            Topics.WELFARE,
            e -> e.aggregateId().equals("kcn-qua-8-3"));
    assertThat(published).hasSize(21);
    int largest =
        published.stream()
            .mapToInt(e -> EventJson.mapper().valueToTree(e).toString().length())
            .max()
            .orElseThrow();
    assertThat(largest).as("largest record on Kafka, in characters").isLessThan(100 * 1024);
  }

  private static String roster(int from, int to) {
    List<String> lines = new ArrayList<>();
    lines.add("memberId,fullName,gender,dateOfBirth,groupId,joinedOn,position");
    for (int i = from; i < to; i++) {
      lines.add("kcn-w" + i + ",Nguyễn Thị Hoa " + i + ",FEMALE,1990-05-01,to-1,2015-01-01,");
    }
    return String.join("\n", lines);
  }

  private long storedInFinance(String type) {
    return StoredEvents.count(platform.mongo.connectionString(), "finance", BRANCH, type);
  }
}
