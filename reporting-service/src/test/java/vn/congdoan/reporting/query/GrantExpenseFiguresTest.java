package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.finance.api.ExpenseCategory.MEMBER_CARE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.ingest.ProjectionMetrics;
import vn.congdoan.welfare.api.GrantKind;

/**
 * Welfare grants booked by finance-service: member care when given; a reversal takes it back in the
 * grant's own year while that year is open, and once it is settled in the open year as a correction
 * — in the finance figures and the welfare figures alike.
 */
class GrantExpenseFiguresTest extends ReadModelTestBase {
  private static final String VP = "vp-doan-dbqh";
  private static final LocalDate GIVEN = LocalDate.of(2024, 12, 20);
  private static final LocalDate REVERSED = LocalDate.of(2025, 1, 6);
  private final FinanceEventMother finance = events.finance();
  private final WelfareEventMother welfare = events.welfare();
  private Delivery granted;

  @BeforeEach
  void aGrantOf2024() {
    granted = finance.grantExpense(VP, "tet-1", 1_000_000, GIVEN);
    model.apply(
        events.branchRegistered(VP, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        finance.expense(VP, "pc-1", MEMBER_CARE, 300_000, LocalDate.of(2024, 3, 8)),
        welfare.grant(VP, "tet-1", GrantKind.TET, GIVEN, 2, 500_000),
        welfare.grant(VP, "tet-2", GrantKind.TET, REVERSED, 1, 400_000),
        granted,
        finance.grantExpense(VP, "tet-2", 400_000, REVERSED));
  }

  /** Welfare's reversal of the 2024 grant, and finance's booking of it on {@code bookedOn}. */
  private void reverseTheGrant(LocalDate bookedOn) {
    model.apply(
        welfare.grantReversed(VP, "tet-1", REVERSED),
        finance.grantExpenseReversed(VP, "tet-1", 1_000_000, REVERSED, bookedOn, 2024));
  }

  @Test
  void theGrantIsMemberCareInTheYearItWasGiven() {
    YearSummary.Finance year = model.year(VP, 2024).finance();

    assertThat(year.expenseVnd()).isEqualTo(1_300_000);
    assertThat(year.byCategory()).isEqualTo(Map.of("MEMBER_CARE", 1_300_000L));
    assertThat(year.balanceVnd()).isEqualTo(-1_300_000);
    assertThat(model.year(VP, 2024).welfare().amountVnd()).isEqualTo(1_000_000);
  }

  @Test
  void aReversalWhileTheYearIsOpenTakesItBackInThatYear() {
    reverseTheGrant(GIVEN);

    assertThat(model.year(VP, 2024).finance().byCategory())
        .isEqualTo(Map.of("MEMBER_CARE", 300_000L));
    assertThat(model.year(VP, 2024).welfare().amountVnd()).isZero();
    assertThat(model.year(VP, 2025).finance().expenseVnd()).isEqualTo(400_000);
    assertThat(model.year(VP, 2025).finance().corrections()).isEmpty();
    assertThat(model.year(VP, 2025).welfare().amountVnd()).isEqualTo(400_000);
  }

  @Test
  void aReversalAfterTheYearWasSettledIsTheNextYearsCorrectionInBothFigures() {
    reverseTheGrant(REVERSED);

    var settled = model.year(VP, 2024);
    assertThat(settled.finance().byCategory()).isEqualTo(Map.of("MEMBER_CARE", 1_300_000L));
    assertThat(settled.welfare().amountVnd()).as("the settled year keeps it").isEqualTo(1_000_000);
    assertThat(settled.welfare().grants()).isEqualTo(1);
    var open = model.year(VP, 2025);
    var correction = new YearSummary.Correction(2024, 1, -1_000_000);
    assertThat(open.finance().byCategory()).isEqualTo(Map.of("MEMBER_CARE", -600_000L));
    assertThat(open.finance().corrections()).containsExactly(correction);
    assertThat(open.welfare().corrections()).containsExactly(correction);
    assertThat(open.welfare().amountVnd()).isEqualTo(400_000 - 1_000_000);
    assertThat(open.welfare().byKind())
        .isEqualTo(Map.of("TET", new YearSummary.Grants(1, 1, 400_000)));
    assertThat(model.province(2025).welfare().corrections()).containsExactly(correction);
    assertThat(model.province(2025).finance().corrections()).containsExactly(correction);
  }

  @Test
  void financesBookingBeforeWelfaresReversalArrivesCountsTheGrantOnce() {
    model.apply(finance.grantExpenseReversed(VP, "tet-1", 1_000_000, REVERSED, REVERSED, 2024));

    assertThat(model.year(VP, 2024).welfare().amountVnd()).isEqualTo(1_000_000);
    assertThat(model.year(VP, 2025).welfare().amountVnd()).isEqualTo(400_000 - 1_000_000);

    model.apply(welfare.grantReversed(VP, "tet-1", REVERSED));

    assertThat(model.year(VP, 2024).welfare().amountVnd()).isEqualTo(1_000_000);
    assertThat(model.year(VP, 2025).welfare().amountVnd()).isEqualTo(400_000 - 1_000_000);
  }

  @Test
  void aRevisionOneReversalIsBookedOnItsOwnDay() {
    model.apply(finance.grantExpenseReversedRevision1(VP, "tet-1", 1_000_000, REVERSED));

    assertThat(model.year(VP, 2025).finance().byCategory())
        .isEqualTo(Map.of("MEMBER_CARE", -600_000L));
    assertThat(model.year(VP, 2025).finance().corrections()).isEqualTo(List.of());
  }

  @Test
  void theGrantAndItsReversalDeliveredAgainCountOnce() {
    Delivery reversed =
        finance.grantExpenseReversed(VP, "tet-1", 1_000_000, REVERSED, REVERSED, 2024);
    model.apply(reversed);
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
