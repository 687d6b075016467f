package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Platform.Service.FINANCE;
import static vn.congdoan.it.Platform.Service.WELFARE;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.welfare.api.WelfareGrantReversedEvent;

/**
 * A welfare grant becomes a member-care expense in finance by itself, once however often Kafka
 * delivers it, and its reversal takes the expense back — in both finance's year and the report.
 */
class GrantExpenseIT {
  private static final String BRANCH = "grant-expense";
  private static final String GRANT = "grant-expense-tet";

  private final Platform platform = Platform.shared();
  private final String officer = Platform.token("BRANCH_OFFICER", BRANCH);

  @Test
  void aGrantIsSpentOnceAndItsReversalTakesItBack() throws Exception {
    platform.registerBranch(BRANCH, "Công đoàn cơ sở Sở Xây dựng", "to-1");
    platform.admit(BRANCH, "ge-lan", "Lê Thị Lan", "FEMALE", "to-1");
    platform.admit(BRANCH, "ge-hung", "Trần Văn Hùng", "MALE", "to-1");
    platform.awaitWelfareMembers(BRANCH, 2);

    var granted =
        Http.post(
            platform.url(WELFARE, "/api/branches/" + BRANCH + "/welfare/grants"),
            officer,
            Map.of(
                "grantId",
                GRANT,
                "kind",
                "TET",
                "grantedOn",
                "2024-02-05",
                "recipients",
                List.of(
                    Map.of("memberId", "ge-lan", "relation", "SELF"),
                    Map.of("memberId", "ge-hung", "relation", "SELF")),
                "amountVndEach",
                500_000,
                "fund",
                "DUES"));
    assertThat(granted.status()).as(granted.body()).isIn(200, 201);
    awaitMemberCare(2024, 1_000_000);

    redeliver(GRANT);
    assertThat(storedInFinance("GrantExpenseRecorded")).as("booked once").isEqualTo(1);
    assertThat(memberCareIn(2024)).isEqualTo(1_000_000);

    var reversed =
        Http.post(
            platform.url(
                WELFARE, "/api/branches/" + BRANCH + "/welfare/grants/" + GRANT + "/reversal"),
            officer,
            Map.of("reason", "Ghi nhầm"));
    assertThat(reversed.status()).as(reversed.body()).isIn(200, 201);
    int today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(memberCareIn(2024) + memberCareIn(today)).isZero());
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(reportedMemberCare(2024) + reportedMemberCare(today)).isZero());
  }

  @Test
  void aReversalOfAGrantFinanceNeverSawIsPassedOver() throws Exception {
    var reversal =
        new WelfareGrantReversedEvent(
            new GrantId("grant-expense-unseen"),
            new BranchId("grant-expense-nobooks"),
            "Ghi nhầm",
            LocalDate.of(2024, 3, 1));
    produceAndAwaitRead(
        "grant-expense-unseen",
        WelfareFeed.envelope(
            "welfare.WelfareGrantReversed", "grant-expense-unseen", 1, null, reversal));
  }

  /** The report and finance's own year both show {@code amountVnd} of member care in a year. */
  private void awaitMemberCare(int year, long amountVnd) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              var finance = platform.summary(BRANCH, year, officer).json().get("finance");
              assertThat(finance.get("expenseVnd").asLong()).isEqualTo(amountVnd);
              assertThat(finance.at("/byCategory/MEMBER_CARE").asLong()).isEqualTo(amountVnd);
            });
    assertThat(memberCareIn(year)).as("finance's year view").isEqualTo(amountVnd);
  }

  private long memberCareIn(int year) {
    var view =
        Http.get(
            platform.url(FINANCE, "/api/branches/" + BRANCH + "/finance/years/" + year), officer);
    assertThat(view.status()).as(view.body()).isEqualTo(200);
    return view.json().at("/expense/byCategory/MEMBER_CARE").asLong();
  }

  /** How many events of the type finance-service stored in the branch's ledger. */
  private long storedInFinance(String type) {
    return StoredEvents.count(platform.mongo.connectionString(), "finance", BRANCH, type);
  }

  private long reportedMemberCare(int year) {
    var summary = platform.summary(BRANCH, year, officer);
    assertThat(summary.status()).as(summary.body()).isEqualTo(200);
    return summary.json().at("/finance/byCategory/MEMBER_CARE").asLong();
  }

  /**
   * Produces the grant's record onto {@code welfare.events} again, as a producer retry or a replay
   * would, and waits until finance has read past it.
   */
  private void redeliver(String grantId) throws Exception {
    List<EventEnvelope> recorded =
        KafkaLog.read(
            platform.kafka.bootstrapServers(),
            Topics.WELFARE,
            e -> grantId.equals(e.aggregateId()) && e.type().endsWith("WelfareGrantRecorded"));
    assertThat(recorded).hasSize(1);
    produceAndAwaitRead(grantId, EventJson.mapper().writeValueAsString(recorded.get(0)));
  }

  private void produceAndAwaitRead(String key, String value) throws Exception {
    WelfareFeed.produceAndAwaitRead(platform, key, value);
  }
}
