package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.congdoan.welfare.api.GrantKind;

class WelfareAndFinanceFiguresTest extends TwoBranchesTestBase {
  private final WelfareEventMother welfare = events.welfare();

  @Test
  void aGrantsAmountIsTheAmountEachTimesItsRecipients() {
    model.apply(
        welfare.grant(
            VP, "qua-8-3", GrantKind.WOMENS_DAY_MAR8, LocalDate.of(2024, 3, 8), 16, 500_000));

    YearSummary.Welfare welfare = model.year(VP, 2024).welfare();

    assertThat(welfare.grants()).isEqualTo(1);
    assertThat(welfare.recipients()).isEqualTo(16);
    assertThat(welfare.amountVnd()).isEqualTo(8_000_000);
    assertThat(welfare.byKind())
        .containsExactly(Map.entry("WOMENS_DAY_MAR8", new YearSummary.Grants(1, 16, 8_000_000)));
  }

  @Test
  void grantsAreSummedByKindWithinTheYearOnly() {
    model.apply(
        welfare.grant(
            VP, "om-dau-1", GrantKind.SICKNESS_VISIT, LocalDate.of(2024, 1, 1), 1, 1_000_000),
        welfare.grant(
            VP, "om-dau-2", GrantKind.SICKNESS_VISIT, LocalDate.of(2024, 12, 31), 1, 500_000),
        welfare.grant(
            VP, "trung-thu", GrantKind.MID_AUTUMN, LocalDate.of(2024, 9, 17), 25, 100_000),
        welfare.grant(VP, "tet-2025", GrantKind.TET, LocalDate.of(2025, 1, 20), 46, 1_000_000),
        welfare.grant(
            TC, "hieu-hi", GrantKind.BEREAVEMENT, LocalDate.of(2024, 4, 4), 1, 2_000_000));

    YearSummary.Welfare welfare = model.year(VP, 2024).welfare();

    assertThat(welfare.grants()).isEqualTo(3);
    assertThat(welfare.recipients()).isEqualTo(27);
    assertThat(welfare.amountVnd()).isEqualTo(4_000_000);
    assertThat(welfare.byKind().get("SICKNESS_VISIT"))
        .isEqualTo(new YearSummary.Grants(2, 2, 1_500_000));
    assertThat(welfare.byKind().get("MID_AUTUMN"))
        .isEqualTo(new YearSummary.Grants(1, 25, 2_500_000));
    assertThat(welfare.byKind()).doesNotContainKeys("TET", "BEREAVEMENT");
  }

  @Test
  void incomeIsSummedPerYearAndBranch() {
    model.apply(
        events.income(VP, 136_225_000, LocalDate.of(2024, 1, 1)),
        events.income(VP, 2_000_000, LocalDate.of(2024, 12, 31)),
        events.income(VP, 7_000_000, LocalDate.of(2023, 12, 31)),
        events.income(TC, 9_000_000, LocalDate.of(2024, 6, 1)));

    assertThat(model.year(VP, 2024).finance().incomeVnd()).isEqualTo(138_225_000);
    assertThat(model.year(VP, 2023).finance().incomeVnd()).isEqualTo(7_000_000);
    assertThat(model.year(VP, 2025).finance().incomeVnd()).isZero();
  }

  @Test
  void aYearWithoutEventsReportsZerosNotNothing() {
    YearSummary summary = model.year(TC, 2024);

    assertThat(summary.welfare()).isEqualTo(new YearSummary.Welfare(0, 0, 0, Map.of(), List.of()));
    assertThat(summary.finance().incomeVnd()).isZero();
    assertThat(summary.members().total()).isZero();
  }
}
