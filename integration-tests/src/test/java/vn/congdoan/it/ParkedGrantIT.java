package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.it.BranchCalls.ok;
import static vn.congdoan.it.Platform.Service.FINANCE;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.welfare.api.Fund;
import vn.congdoan.welfare.api.GrantKind;
import vn.congdoan.welfare.api.Recipient;
import vn.congdoan.welfare.api.Relation;
import vn.congdoan.welfare.api.WelfareGrantRecordedEvent;
import vn.congdoan.welfare.api.WelfareGrantReversedEvent;

/**
 * No grant is dropped silently: welfare refuses at the door a grant dated in a year finance has
 * settled, and one that reached Kafka before welfare heard of the settlement is parked where an
 * operator sees it — on the finance year's problem list and in a metric — until it is reversed.
 */
class ParkedGrantIT {
  private static final String B = "grant-settled";

  private final Platform platform = Platform.shared();
  private final BranchCalls branch = new BranchCalls(platform, B);

  @Test
  void welfareRefusesAGrantOfASettledYearAndOneThatSlipsThroughIsParkedNotDropped()
      throws Exception {
    platform.registerBranch(B, "Công đoàn cơ sở Sở Tư pháp", "to-1");
    platform.admit(B, "gs-lan", "Lê Thị Lan", "FEMALE", "to-1");
    platform.awaitWelfareMembers(B, 1);
    ok(branch.income("tai-tro", "Tài trợ", 2_000_000, "2024-03-01"));
    ok(branch.finance("/years/2024/settlement", Map.of()));
    branch.awaitWelfareKnowsSettled(2024);

    var late =
        branch.grant("gs-late", "SICKNESS_VISIT", "2024-12-20", List.of("gs-lan"), "SELF", 300_000);
    assertThat(late.status()).as(late.body()).isEqualTo(422);
    assertThat(late.json().get("detail").asText()).contains("Sổ sách năm 2024", "đã quyết toán");
    String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    ok(branch.grant("gs-now", "SICKNESS_VISIT", today, List.of("gs-lan"), "SELF", 300_000));

    // One that reached Kafka before welfare heard of the settlement: finance parks it.
    var slipped =
        new WelfareGrantRecordedEvent(
            new GrantId("gs-slipped"),
            new BranchId(B),
            GrantKind.SICKNESS_VISIT,
            LocalDate.of(2024, 12, 1),
            List.of(new Recipient(new MemberId("gs-lan"), Relation.SELF)),
            300_000,
            Fund.DUES,
            null);
    WelfareFeed.produceAndAwaitRead(
        platform,
        "gs-slipped",
        WelfareFeed.envelope("welfare.WelfareGrantRecorded", "gs-slipped", 0, B, slipped));
    var problems = branch.financeYear(2024).get("problems");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).get("grantId").asText()).isEqualTo("gs-slipped");
    assertThat(problems.get(0).get("entry").asText()).isEqualTo("GRANT");
    assertThat(problems.get(0).get("reason").asText()).isEqualTo("Year 2024 is settled");
    assertThat(branch.financeYear(2024).at("/expense/totalVnd").asLong()).isZero();
    assertThat(
            platform
                .context(FINANCE)
                .getBean(MeterRegistry.class)
                .counter("finance.grants.parked", "entry", "grant")
                .count())
        .isGreaterThanOrEqualTo(1);

    // Reversed in welfare, it leaves the problem list: nothing is left to book.
    var reversal =
        new WelfareGrantReversedEvent(
            new GrantId("gs-slipped"), new BranchId(B), "Ghi nhầm năm", LocalDate.of(2025, 2, 1));
    WelfareFeed.produceAndAwaitRead(
        platform,
        "gs-slipped",
        WelfareFeed.envelope("welfare.WelfareGrantReversed", "gs-slipped", 1, B, reversal));
    assertThat(branch.financeYear(2024).get("problems")).isEmpty();
  }
}
