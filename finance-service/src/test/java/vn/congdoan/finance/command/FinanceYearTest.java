package vn.congdoan.finance.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.DuesPayment;
import vn.congdoan.finance.api.DuesRecordedEvent;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.GrantExpenseRecordedEvent;
import vn.congdoan.finance.api.ParkedEntry;
import vn.congdoan.finance.api.RecordGrantExpenseCommand;
import vn.congdoan.finance.api.RemitShareCommand;
import vn.congdoan.finance.api.ReverseGrantExpenseCommand;
import vn.congdoan.finance.api.Share;
import vn.congdoan.finance.api.ShareRemittedEvent;
import vn.congdoan.finance.api.UnionFundingRecordedEvent;
import vn.congdoan.finance.api.YearSettledEvent;
import vn.congdoan.finance.command.FinanceYear.ByShare;
import vn.congdoan.finance.command.FinanceYear.Income;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.MemberId;

class FinanceYearTest {
  private static final String B = LedgerMother.BRANCH;
  private static final LocalDate ON = LocalDate.of(2024, 10, 1);
  private static final SpendingRatios.Limits LIMITS = new SpendingRatios.Limits(45, 40, 15);

  private static DuesRecordedEvent dues(YearMonth period, DuesPayment... payments) {
    return new DuesRecordedEvent(new BranchId(B), period, List.of(payments), "dues-1908-state", ON);
  }

  @Test
  void theYearSumsItsOwnEntriesAndOwesTheShareInForceOnEachMonth() {
    var fixture = new AggregateTestFixture<>(Ledger.class);
    fixture
        .given(
            // July: the branch keeps 60% of dues; the 20,000 above standard is wholly its own.
            dues(
                YearMonth.of(2024, 7),
                new DuesPayment(new MemberId("a"), 10_000_000, 100_000, 100_000),
                new DuesPayment(new MemberId("b"), 8_000_000, 80_000, 100_000)),
            // September: 70% kept.
            dues(
                YearMonth.of(2024, 9),
                new DuesPayment(new MemberId("a"), 10_000_000, 100_000, 100_000)),
            dues(
                YearMonth.of(2023, 12),
                new DuesPayment(new MemberId("a"), 10_000_000, 100_000, 100_000)),
            new UnionFundingRecordedEvent(
                new BranchId(B),
                YearMonth.of(2024, 9),
                200_000_000,
                4_000_000,
                4_000_000,
                "union-funding-2pct"),
            LedgerMother.TET_SUPPORT_2024,
            LedgerMother.expense(
                B, "om", ExpenseCategory.MEMBER_CARE, 1_500_000, LocalDate.of(2024, 3, 1)),
            LedgerMother.expense(
                B, "vpp", ExpenseCategory.ADMINISTRATION, 300_000, LocalDate.of(2024, 5, 1)),
            LedgerMother.expense(
                B, "sau", ExpenseCategory.OTHER, 999_000, LocalDate.of(2025, 1, 2)),
            new ShareRemittedEvent(new BranchId(B), "q3", Share.DUES, 50_000, ON))
        .when(new RemitShareCommand(new BranchId(B), "kpcd-q3", Share.UNION_FUNDING, 1_000_000, ON))
        .expectState(
            ledger -> {
              FinanceYear y = ledger.year(2024, DefaultRules.table(), "STATE_AGENCY", LIMITS);
              assertThat(y.income())
                  .isEqualTo(new Income(300_000, 4_000_000, 5_000_000, 9_300_000));
              assertThat(y.expense().totalVnd()).isEqualTo(1_800_000);
              assertThat(y.expense().byCategory())
                  .containsEntry(ExpenseCategory.MEMBER_CARE, 1_500_000L)
                  .containsEntry(ExpenseCategory.ADMINISTRATION, 300_000L)
                  .containsEntry(ExpenseCategory.OTHER, 0L);
              // 40% of 100,000 + 40% of 80,000 + 30% of 100,000; 25% of 4,000,000.
              assertThat(y.owed()).isEqualTo(new ByShare(102_000, 1_000_000));
              assertThat(y.remitted()).isEqualTo(new ByShare(50_000, 1_000_000));
              assertThat(y.outstanding()).isEqualTo(new ByShare(52_000, 0));
              assertThat(y.openingBalanceVnd()).isZero();
              assertThat(y.balanceVnd()).isEqualTo(9_300_000 - 1_800_000 - 1_050_000);
            });
  }

  @Test
  void theUpperUnionsPartIsRoundedToWholeDongPerPayment() {
    var fixture = new AggregateTestFixture<>(Ledger.class);
    fixture
        .given(
            dues(
                YearMonth.of(2024, 7),
                new DuesPayment(new MemberId("a"), 3_333_300, 33_333, 33_333)))
        .when(new RemitShareCommand(new BranchId(B), "r", Share.DUES, 13_333, ON))
        .expectState(
            ledger ->
                assertThat(
                        ledger.year(2024, DefaultRules.table(), "OTHER", LIMITS).owed().duesVnd())
                    .isEqualTo(13_333));
  }

  @Test
  void aReversalAfterTheGrantsYearWasSettledShowsAsACorrectionOfThatYear() {
    var fixture = new AggregateTestFixture<>(Ledger.class);
    fixture
        .given(
            new GrantExpenseRecordedEvent(
                new BranchId(B), "grant-g1", new GrantId("g1"), 500_000, LocalDate.of(2024, 3, 1)),
            new GrantExpenseRecordedEvent(
                new BranchId(B), "grant-g2", new GrantId("g2"), 700_000, LocalDate.of(2024, 4, 1)),
            new YearSettledEvent(
                new BranchId(B), 2024, 0, 0, 1_200_000, 0, -1_200_000, LocalDate.of(2025, 1, 10)))
        .when(
            new ReverseGrantExpenseCommand(
                new BranchId(B), new GrantId("g1"), LocalDate.of(2025, 2, 3)))
        .expectState(
            ledger -> {
              var settled = ledger.year(2024, DefaultRules.table(), "STATE_AGENCY", LIMITS);
              var open = ledger.year(2025, DefaultRules.table(), "STATE_AGENCY", LIMITS);
              assertThat(settled.expense().byCategory())
                  .containsEntry(ExpenseCategory.MEMBER_CARE, 1_200_000L);
              assertThat(settled.expense().corrections()).isEmpty();
              assertThat(open.expense().byCategory())
                  .containsEntry(ExpenseCategory.MEMBER_CARE, -500_000L);
              assertThat(open.expense().corrections())
                  .containsExactly(new GrantExpenses.Correction(2024, 1, -500_000));
              assertThat(open.openingBalanceVnd()).isEqualTo(-1_200_000);
              assertThat(open.balanceVnd()).isEqualTo(-700_000);
            });
  }

  @Test
  void aGrantThatCouldNotBeBookedIsOnItsYearsProblemList() {
    var fixture = new AggregateTestFixture<>(Ledger.class);
    fixture
        .given(
            new YearSettledEvent(new BranchId(B), 2024, 0, 0, 0, 0, 0, LocalDate.of(2025, 1, 10)))
        .when(
            new RecordGrantExpenseCommand(
                new BranchId(B), new GrantId("g-late"), 400_000, LocalDate.of(2024, 12, 30)))
        .expectState(
            ledger -> {
              var y = ledger.year(2024, DefaultRules.table(), "STATE_AGENCY", LIMITS);
              assertThat(y.problems())
                  .containsExactly(
                      new FinanceYear.Problem(
                          new GrantId("g-late"),
                          ParkedEntry.GRANT,
                          400_000,
                          LocalDate.of(2024, 12, 30),
                          "Year 2024 is settled"));
              assertThat(y.expense().totalVnd()).isZero();
              assertThat(ledger.year(2025, DefaultRules.table(), "OTHER", LIMITS).problems())
                  .isEmpty();
            });
  }

  @Test
  void aBranchWithNothingRecordedHasAnEmptyYear() {
    var y = FinanceYear.empty(B, 2024);
    assertThat(y.balanceVnd()).isZero();
    assertThat(y.expense().byCategory()).hasSize(ExpenseCategory.values().length);
  }
}
