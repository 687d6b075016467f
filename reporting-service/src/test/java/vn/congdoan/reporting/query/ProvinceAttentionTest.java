package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.congdoan.welfare.api.DisclosureKind;

/**
 * What waits on federation staff: disclosures past the deadline welfare sets (15 days after closing
 * for receipts, 30 after the last remittance for the distribution), the year's estimates not yet
 * approved, and open branches that put forward none.
 */
class ProvinceAttentionTest extends ReadModelTestBase {
  private static final LocalDate TODAY = LocalDate.of(2024, 10, 1);
  private static final LocalDate OPENS = LocalDate.of(2024, 7, 1);
  private final WelfareEventMother welfare = events.welfare();
  private final FinanceEventMother finance = events.finance();

  private ProvinceAttention.Attention attention(int year) {
    ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
    Clock clock = Clock.fixed(TODAY.atStartOfDay(vietnam).plusHours(9).toInstant(), vietnam);
    return new ProvinceAttention(
            model.store, new ProvinceAttention.DisclosurePeriods(15, 30), clock)
        .of(new ReportYear(year));
  }

  @Test
  void disclosuresPastTheirDeadlineAreListedWithTheirBranch() {
    model.apply(
        events.branchRegistered("so-y-te", "Công đoàn Sở Y tế"),
        // closed 16/9: receipts due 1/10, today — not late yet
        welfare.campaignLaunched("dung-han", "Đúng hạn", "so-y-te", OPENS),
        welfare.campaignClosed("dung-han", LocalDate.of(2024, 9, 16)),
        // closed 1/9: receipts due 16/9, never published
        welfare.campaignLaunched("tre-han", "Trễ hạn", "so-y-te", OPENS),
        welfare.campaignClosed("tre-han", LocalDate.of(2024, 9, 1)),
        // published after closing, in time or not: done
        welfare.campaignLaunched("da-cong-khai", "Đã công khai", "so-y-te", OPENS),
        welfare.campaignClosed("da-cong-khai", LocalDate.of(2024, 8, 1)),
        welfare.disclosed("da-cong-khai", DisclosureKind.RECEIPTS, LocalDate.of(2024, 8, 30)),
        // a distribution published before the last remittance does not show where it went
        welfare.campaignLaunched("bao-so-3", "Bão số 3", null, OPENS),
        welfare.fundsRemitted("bao-so-3", "ck-1", 1_000_000, LocalDate.of(2024, 7, 10)),
        welfare.disclosed("bao-so-3", DisclosureKind.DISTRIBUTION, LocalDate.of(2024, 7, 20)),
        welfare.fundsRemitted("bao-so-3", "ck-2", 1_000_000, LocalDate.of(2024, 8, 1)),
        welfare.fundsRemitted("bao-so-3", "ck-0", 500_000, LocalDate.of(2024, 7, 5)));

    assertThat(attention(2024).overdueDisclosures())
        .containsExactly(
            new ProvinceAttention.OverdueDisclosure(
                null, null, "bao-so-3", "Bão số 3", "DISTRIBUTION", LocalDate.of(2024, 8, 31)),
            new ProvinceAttention.OverdueDisclosure(
                "so-y-te",
                "Công đoàn Sở Y tế",
                "tre-han",
                "Trễ hạn",
                "RECEIPTS",
                LocalDate.of(2024, 9, 16)));
  }

  @Test
  void theYearsEstimatesWaitUntilApprovedAndBranchesWithoutOneAreNamed() {
    model.apply(
        events.branchRegistered("so-y-te", "Công đoàn Sở Y tế"),
        events.branchRegistered("so-tai-chinh", "Công đoàn Sở Tài chính"),
        events.branchRegistered("so-xay-dung", "Công đoàn Sở Xây dựng"),
        events.branchRegistered("so-du-lich", "Công đoàn Sở Du lịch"),
        finance.budgetEstimated("so-y-te", 2024, 10_000_000),
        // put forward again before approval: the later estimate stands
        finance.budgetEstimated("so-y-te", 2024, 20_000_000, 5_000_000),
        finance.budgetEstimated("so-tai-chinh", 2024, 8_000_000),
        finance.budgetApproved("so-tai-chinh", 2024, LocalDate.of(2024, 3, 1)),
        finance.budgetEstimated("so-xay-dung", 2023, 1_000_000),
        finance.budgetEstimated("so-du-lich", 2024, 3_000_000),
        events.branchDissolved("so-du-lich", LocalDate.of(2024, 6, 1)));

    var attention = attention(2024);

    assertThat(attention.unapprovedBudgets())
        .containsExactly(
            new ProvinceAttention.PendingBudget(
                "so-y-te", "Công đoàn Sở Y tế", 2024, LocalDate.of(2024, 6, 1), 25_000_000));
    assertThat(attention.withoutBudget())
        .containsExactly(new ProvinceAttention.Branch("so-xay-dung", "Công đoàn Sở Xây dựng"));
    assertThat(attention(2023).unapprovedBudgets())
        .extracting(ProvinceAttention.PendingBudget::branchId)
        .containsExactly("so-xay-dung");
  }

  @Test
  void anEstimateDeliveredAgainAfterItsApprovalStaysApproved() {
    var estimated = finance.budgetEstimated("so-y-te", 2024, 10_000_000);
    var approved = finance.budgetApproved("so-y-te", 2024, LocalDate.of(2024, 3, 1));
    model.apply(events.branchRegistered("so-y-te", "Công đoàn Sở Y tế"), estimated, approved);
    var once = model.contents();

    model.apply(estimated, approved);

    assertThat(model.contents()).isEqualTo(once);
    assertThat(attention(2024).unapprovedBudgets()).isEmpty();
    assertThat(model.store.budgets().find().first().getString("approvedOn"))
        .isEqualTo("2024-03-01");
  }
}
