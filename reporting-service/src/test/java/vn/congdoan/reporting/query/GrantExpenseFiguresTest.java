package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.finance.api.ExpenseCategory.MEMBER_CARE;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Welfare grants booked by finance-service: member care when given, less when reversed. */
class GrantExpenseFiguresTest extends ReadModelTestBase {
  private static final String VP = "vp-doan-dbqh";
  private static final LocalDate GIVEN = LocalDate.of(2024, 12, 20);
  private static final LocalDate REVERSED = LocalDate.of(2025, 1, 6);
  private final FinanceEventMother finance = events.finance();
  private Delivery granted;
  private Delivery reversed;

  @BeforeEach
  void aGrantOf2024ReversedIn2025() {
    granted = finance.grantExpense(VP, "tet-1", 1_000_000, GIVEN);
    reversed = finance.grantExpenseReversed(VP, "tet-1", 1_000_000, REVERSED);
    model.apply(
        events.branchRegistered(VP, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        finance.expense(VP, "pc-1", MEMBER_CARE, 300_000, LocalDate.of(2024, 3, 8)),
        granted,
        reversed);
  }

  @Test
  void theGrantIsMemberCareInTheYearItWasGiven() {
    YearSummary.Finance year = model.year(VP, 2024).finance();

    assertThat(year.expenseVnd()).isEqualTo(1_300_000);
    assertThat(year.byCategory()).isEqualTo(Map.of("MEMBER_CARE", 1_300_000L));
    assertThat(year.balanceVnd()).isEqualTo(-1_300_000);
  }

  @Test
  void theReversalTakesItBackInTheYearItWasMade() {
    YearSummary.Finance year = model.year(VP, 2025).finance();

    assertThat(year.expenseVnd()).isEqualTo(-1_000_000);
    assertThat(year.byCategory()).isEqualTo(Map.of("MEMBER_CARE", -1_000_000L));
    assertThat(model.province(2025).finance().expenseVnd()).isEqualTo(-1_000_000);
  }

  @Test
  void theGrantAndItsReversalDeliveredAgainCountOnce() {
    YearSummary before2024 = model.year(VP, 2024);
    YearSummary before2025 = model.year(VP, 2025);

    model.apply(granted, reversed, granted);
    model.apply(reversed);

    assertThat(model.year(VP, 2024)).isEqualTo(before2024);
    assertThat(model.year(VP, 2025)).isEqualTo(before2025);
    assertThat(model.count(ProjectionMetrics.DUPLICATE, "finance_entries")).isEqualTo(4.0);
  }

  @Test
  void anExpenseEnteredByHandUnderTheGrantsExpenseIdIsAnotherEntry() {
    model.apply(finance.expense(VP, "grant-tet-1", MEMBER_CARE, 50_000, GIVEN));

    assertThat(model.year(VP, 2024).finance().expenseVnd()).isEqualTo(1_350_000);
  }
}
