package vn.congdoan.finance.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.SettleYearCommand;
import vn.congdoan.finance.api.YearSettledEvent;
import vn.congdoan.platform.api.BranchId;

/**
 * Thousands of entries over 2023–2025, 2023 and 2024 settled: every year's view reconciles with
 * sums drawn up independently, and each settled closing opens the next year.
 */
class LedgerReconciliationTest {
  private static final String B = "vp-doan-dbqh";
  private static final String SECTOR = "STATE_AGENCY";
  private static final SpendingRatios.Limits LIMITS = new SpendingRatios.Limits(45, 40, 15);
  private static final LocalDate SETTLED_2023 = LocalDate.of(2024, 1, 20);
  private static final LocalDate SETTLED_2024 = LocalDate.of(2025, 1, 20);

  @Test
  void everyYearReconcilesAndEachClosingOpensTheNextYear() {
    var ledger = new GeneratedLedger(B, 20_250_101L, 2023, 2025, 1_500);
    assertThat(ledger.size()).isGreaterThan(4_000);
    Map<Integer, GeneratedLedger.Sums> sums = ledger.years;
    long closing2023 = closing(0, sums.get(2023));
    long closing2024 = closing(closing2023, sums.get(2024));
    var s2024 = sums.get(2024);

    var fixture = new AggregateTestFixture<>(Ledger.class);
    fixture
        .given(ledger.events())
        .andGivenCommands(new SettleYearCommand(new BranchId(B), 2023, SETTLED_2023))
        .when(new SettleYearCommand(new BranchId(B), 2024, SETTLED_2024))
        .expectEvents(
            new YearSettledEvent(
                new BranchId(B),
                2024,
                closing2023,
                s2024.income(),
                s2024.expense(),
                s2024.remitted(),
                closing2024,
                SETTLED_2024))
        .expectState(
            l -> {
              long opening = 0;
              for (int year = 2023; year <= 2025; year++) {
                FinanceYear view = l.year(year, DefaultRules.table(), SECTOR, LIMITS);
                reconciles(view, opening, sums.get(year));
                if (year < 2025) {
                  // The settled closing is exactly what the next year opens with.
                  assertThat(view.settled().closingBalanceVnd()).isEqualTo(view.balanceVnd());
                  opening = view.settled().closingBalanceVnd();
                } else {
                  assertThat(view.settled()).isNull();
                }
              }
              assertThat(l.year(2024, DefaultRules.table(), SECTOR, LIMITS).openingBalanceVnd())
                  .isEqualTo(closing2023);
              assertThat(l.year(2025, DefaultRules.table(), SECTOR, LIMITS).openingBalanceVnd())
                  .isEqualTo(closing2024);
            });
  }

  private static void reconciles(FinanceYear view, long opening, GeneratedLedger.Sums expected) {
    int year = view.year();
    assertThat(view.openingBalanceVnd()).as("opening %d", year).isEqualTo(opening);
    assertThat(view.income())
        .as("income %d", year)
        .isEqualTo(
            new FinanceYear.Income(
                expected.dues, expected.funding, expected.other, expected.income()));
    assertThat(view.expense().byCategory()).as("expense %d", year).isEqualTo(expected.byCategory);
    assertThat(view.expense().totalVnd()).as("expense %d", year).isEqualTo(expected.expense());
    assertThat(view.remitted())
        .as("remitted %d", year)
        .isEqualTo(new FinanceYear.ByShare(expected.remittedDues, expected.remittedFunding));
    assertThat(view.owed())
        .as("owed %d", year)
        .isEqualTo(new FinanceYear.ByShare(expected.owedDues, expected.owedFunding));
    assertThat(view.outstanding())
        .as("outstanding %d", year)
        .isEqualTo(
            new FinanceYear.ByShare(
                expected.owedDues - expected.remittedDues,
                expected.owedFunding - expected.remittedFunding));
    long income = view.income().totalVnd();
    long expense = view.expense().totalVnd();
    long remitted = view.remitted().duesVnd() + view.remitted().unionFundingVnd();
    assertThat(view.balanceVnd())
        .as("opening + income - expense - remitted = closing, %d", year)
        .isEqualTo(view.openingBalanceVnd() + income - expense - remitted)
        .isEqualTo(closing(opening, expected));
  }

  private static long closing(long opening, GeneratedLedger.Sums s) {
    return opening + s.income() - s.expense() - s.remitted();
  }
}
