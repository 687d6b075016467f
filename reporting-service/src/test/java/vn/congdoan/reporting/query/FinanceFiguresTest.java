package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.congdoan.finance.api.ExpenseCategory.ADMINISTRATION;
import static vn.congdoan.finance.api.ExpenseCategory.CULTURE_SPORTS;
import static vn.congdoan.finance.api.ExpenseCategory.MEMBER_CARE;
import static vn.congdoan.finance.api.ExpenseCategory.OTHER;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.Share;
import vn.congdoan.reporting.ingest.Delivery;

class FinanceFiguresTest extends ReadModelTestBase {
  private static final String VP = "vp-doan-dbqh";
  private static final String TC = "so-tai-chinh";
  private final FinanceEventMother finance = events.finance();

  @BeforeEach
  void aYearOfTwoLedgers() {
    model.apply(
        events.branchRegistered(VP, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        events.branchRegistered(TC, "Công đoàn cơ sở Sở Tài chính"),
        finance.dues(VP, YearMonth.of(2023, 12), 40_000),
        finance.dues(VP, YearMonth.of(2024, 1), 50_000, 60_000),
        finance.dues(VP, YearMonth.of(2024, 1), 30_000),
        finance.dues(VP, YearMonth.of(2024, 12), 70_000),
        finance.unionFunding(VP, YearMonth.of(2024, 6), 2_000_000),
        finance.unionFunding(VP, YearMonth.of(2025, 1), 1_000_000),
        events.income(VP, 500_000, LocalDate.of(2024, 5, 2)),
        finance.expense(VP, "pc-1", MEMBER_CARE, 300_000, LocalDate.of(2024, 3, 8)),
        finance.expense(VP, "pc-2", MEMBER_CARE, 200_000, LocalDate.of(2024, 10, 20)),
        finance.expense(VP, "pc-3", ADMINISTRATION, 150_000, LocalDate.of(2024, 12, 31)),
        finance.expense(VP, "pc-4", CULTURE_SPORTS, 999, LocalDate.of(2025, 1, 1)),
        finance.remitted(VP, "nop-1", Share.DUES, 66_000, LocalDate.of(2024, 7, 1)),
        finance.remitted(VP, "nop-2", Share.UNION_FUNDING, 1_360_000, LocalDate.of(2024, 7, 1)),
        finance.remitted(VP, "nop-0", Share.DUES, 10, LocalDate.of(2023, 12, 31)),
        finance.dues(TC, YearMonth.of(2024, 2), 80_000),
        finance.expense(TC, "pc-1", OTHER, 20_000, LocalDate.of(2024, 2, 2)),
        events.income(TC, 1_000_000, LocalDate.of(2024, 11, 11)));
  }

  @Test
  void aBranchsYearIsItsIncomeByKindLessWhatItSpentAndRemitted() {
    assertThat(model.year(VP, 2024).finance())
        .isEqualTo(
            new YearSummary.Finance(
                2_710_000,
                210_000,
                2_000_000,
                500_000,
                650_000,
                1_426_000,
                0,
                634_000,
                Map.of("ADMINISTRATION", 150_000L, "MEMBER_CARE", 500_000L),
                List.of()));
    assertThat(model.year(TC, 2024).finance())
        .isEqualTo(
            new YearSummary.Finance(
                1_080_000,
                80_000,
                0,
                1_000_000,
                20_000,
                0,
                0,
                1_060_000,
                Map.of("OTHER", 20_000L),
                List.of()));
  }

  @Test
  void theProvinceSumsEveryBranchWithCategoriesInOrder() {
    YearSummary.Finance province = model.province(2024).finance();

    assertThat(province)
        .isEqualTo(
            new YearSummary.Finance(
                3_790_000,
                290_000,
                2_000_000,
                1_500_000,
                670_000,
                1_426_000,
                0,
                1_694_000,
                Map.of("ADMINISTRATION", 150_000L, "MEMBER_CARE", 500_000L, "OTHER", 20_000L),
                List.of()));
    assertThat(province.byCategory().keySet())
        .containsExactly("ADMINISTRATION", "MEMBER_CARE", "OTHER");
  }

  @Test
  void duesAndFundingBelongToTheirPeriodsYearEverythingElseToItsDay() {
    assertThat(model.year(VP, 2023).finance())
        .isEqualTo(
            new YearSummary.Finance(40_000, 40_000, 0, 0, 0, 10, 0, 39_990, Map.of(), List.of()));
    assertThat(model.year(VP, 2025).finance())
        .isEqualTo(
            new YearSummary.Finance(
                1_000_000,
                0,
                1_000_000,
                0,
                999,
                0,
                0,
                999_001,
                Map.of("CULTURE_SPORTS", 999L),
                List.of()));
  }

  @Test
  void aYearWithoutEntriesReportsZeros() {
    assertThat(model.year(TC, 2022).finance())
        .isEqualTo(new YearSummary.Finance(0, 0, 0, 0, 0, 0, 0, 0, Map.of(), List.of()));
  }

  @Test
  void aPeriodTravelsAsYearAndMonth() {
    Delivery dues = finance.dues(TC, YearMonth.of(2024, 3), 25_000);

    assertThat(dues.envelope().payload().get("period").asText()).isEqualTo("2024-03");
    model.apply(dues);
    assertThat(model.store.financeEntries().find(new Document("period", "2024-03")))
        .extracting(d -> d.getString("_id"), d -> d.getString("on"))
        .containsExactly(tuple(TC + ":DUES:2024-03:" + dues.envelope().sequence(), "2024-03-01"));
  }

  @Test
  void anExpenseWithoutACategoryIsSkippedAsPoison() {
    Delivery expense = finance.expense(TC, "pc-9", OTHER, 5_000, LocalDate.of(2024, 5, 5));
    ObjectNode payload = ((ObjectNode) expense.envelope().payload().deepCopy());
    payload.putNull("category");

    model.apply(EventMother.altered(expense, null, null, payload));

    assertThat(model.skipped("poison")).isEqualTo(1);
    assertThat(model.year(TC, 2024).finance().expenseVnd()).isEqualTo(20_000);
  }

  @Test
  void aDissolvedBranchsHandedOverBalanceLeavesItsYearAtZero() {
    var closed = finance.booksClosed(TC, java.time.LocalDate.of(2024, 5, 31), 1_000_000);
    model.apply(closed, closed);
    YearSummary.Finance tc = model.year(TC, 2024).finance();
    assertThat(tc.handedOverVnd()).isEqualTo(1_000_000);
    assertThat(tc.balanceVnd())
        .isEqualTo(tc.incomeVnd() - tc.expenseVnd() - tc.remittedVnd() - 1_000_000);
  }
}
