package vn.congdoan.finance.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.FinanceRule;
import vn.congdoan.finance.api.FinanceRule.RuleKind;
import vn.congdoan.platform.api.RuleViolationException;

class RuleTableTest {
  private static final RuleTable RULES = DefaultRules.table();
  private static final LocalDate MAY_2024 = LocalDate.of(2024, 5, 1);
  private static final LocalDate AUGUST_2025 = LocalDate.of(2025, 8, 1);

  private static long dues(RuleTable table, String sector, LocalDate day, long salaryVnd) {
    FinanceRule rule = table.required(RuleKind.DUES, sector, day).rule();
    return table.standardDues(rule, sector, day, salaryVnd);
  }

  @Test
  void theDefaultsAreSeededFromFinanceYml() {
    assertThat(DefaultRules.defaults().rules()).hasSize(9);
  }

  @Test
  void aStateAgencyPaysOnePercentOfSalaryIn2024() {
    assertThat(RULES.required(RuleKind.DUES, "STATE_AGENCY", MAY_2024).ruleId())
        .isEqualTo("dues-1908-state");
    assertThat(dues(RULES, "STATE_AGENCY", MAY_2024, 10_000_000)).isEqualTo(100_000);
  }

  @Test
  void beforeJuly2025OnePercentHasNoCapEvenForAHighSalary() {
    assertThat(dues(RULES, "NON_STATE_ENTERPRISE", LocalDate.of(2025, 6, 1), 60_000_000))
        .isEqualTo(600_000);
  }

  @Test
  void fromJuly2025DuesAreHalfAPercentForEverySector() {
    assertThat(RULES.required(RuleKind.DUES, "STATE_ENTERPRISE", AUGUST_2025).ruleId())
        .isEqualTo("dues-61-2025");
    assertThat(dues(RULES, "STATE_ENTERPRISE", AUGUST_2025, 10_000_000)).isEqualTo(50_000);
    assertThat(dues(RULES, "STATE_AGENCY", AUGUST_2025, 10_000_000)).isEqualTo(50_000);
  }

  @Test
  void fromJuly2025DuesAreCappedAtTenPercentOfTheBaseSalary() {
    assertThat(dues(RULES, "NON_STATE_ENTERPRISE", AUGUST_2025, 60_000_000)).isEqualTo(234_000);
  }

  @Test
  void theCapFollowsTheBaseSalaryInForce() {
    var capped = rule(RuleKind.DUES, LocalDate.of(2024, 1, 1), 50, 1000);
    var table = RULES.with("dues-capped-2024", capped);
    assertThat(dues(table, "OTHER", MAY_2024, 60_000_000)).isEqualTo(180_000);
    assertThat(dues(table, "OTHER", LocalDate.of(2024, 7, 1), 60_000_000)).isEqualTo(234_000);
  }

  @Test
  void beforeAugust2024TheBranchKeepsSixtyPercentOfDues() {
    FinanceRule share =
        RULES.required(RuleKind.SHARE, "STATE_AGENCY", LocalDate.of(2024, 7, 31)).rule();
    assertThat(share.keepDuesBp()).isEqualTo(6000);
    assertThat(share.keepFundingBp()).isEqualTo(7500);
  }

  @Test
  void fromAugust2024TheBranchKeepsSeventyPercentOfDuesAndSeventyFiveOfFunding() {
    FinanceRule share =
        RULES.required(RuleKind.SHARE, "STATE_AGENCY", LocalDate.of(2024, 8, 1)).rule();
    assertThat(share.keepDuesBp()).isEqualTo(7000);
    assertThat(share.keepFundingBp()).isEqualTo(7500);
  }

  @Test
  void aNewerRowSupersedesTheOldOneFromItsValidFromWithoutEditingIt() {
    var table = RULES.with("dues-2026", rule(RuleKind.DUES, LocalDate.of(2026, 1, 1), 80, null));
    assertThat(table.required(RuleKind.DUES, "OTHER", LocalDate.of(2026, 2, 1)).ruleId())
        .isEqualTo("dues-2026");
    assertThat(table.required(RuleKind.DUES, "OTHER", AUGUST_2025).ruleId())
        .isEqualTo("dues-61-2025");
  }

  @Test
  void ofRowsWithTheSameValidFromTheOneAddedLastWins() {
    var table = RULES.with("share-fix", rule(RuleKind.SHARE, LocalDate.of(2024, 8, 1), null, null));
    assertThat(table.required(RuleKind.SHARE, "OTHER", LocalDate.of(2024, 9, 1)).ruleId())
        .isEqualTo("share-fix");
  }

  @Test
  void aRowForSomeSectorsDoesNotApplyToOthers() {
    var table =
        RULES.with(
            "dues-agency-2026",
            new FinanceRule(
                RuleKind.DUES,
                LocalDate.of(2026, 1, 1),
                null,
                List.of("STATE_AGENCY"),
                30,
                null,
                null,
                null,
                null,
                "test",
                null));
    var day = LocalDate.of(2026, 3, 1);
    assertThat(table.required(RuleKind.DUES, "STATE_AGENCY", day).ruleId())
        .isEqualTo("dues-agency-2026");
    assertThat(table.required(RuleKind.DUES, "OTHER", day).ruleId()).isEqualTo("dues-61-2025");
  }

  @Test
  void aDayNoRowCoversIsRefusedNamingTheKind() {
    assertThat(RULES.inForce(RuleKind.DUES, "OTHER", LocalDate.of(2007, 12, 31))).isEmpty();
    assertThatThrownBy(() -> RULES.required(RuleKind.BASE_SALARY, "OTHER", MAY_2024.minusYears(2)))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("BASE_SALARY");
  }

  @Test
  void theSeededTableRoundsEveryComputedAmountHalfUpToWholeDong() {
    var day = LocalDate.of(2024, 3, 1);
    assertThat(RULES.rounding("STATE_AGENCY", day)).isEqualTo(RoundingMode.HALF_UP);
    // 2% of 123,456,789 is 2,469,135.78.
    assertThat(RULES.ofBp(123_456_789, 200, "STATE_AGENCY", day)).isEqualTo(2_469_136);
    // The half-đồng edges: exactly half goes up, just under half goes down.
    assertThat(RULES.ofBp(3_333_350, 100, "OTHER", day)).isEqualTo(33_334);
    assertThat(RULES.ofBp(3_333_349, 100, "OTHER", day)).isEqualTo(33_333);
    assertThat(RULES.ofBp(50, 100, "OTHER", day)).isEqualTo(1);
    assertThat(RULES.ofBp(49, 100, "OTHER", day)).isZero();
    assertThat(RULES.ofBp(25, 200, "OTHER", day)).isEqualTo(1);
    assertThat(RULES.ofBp(75, 200, "OTHER", day)).isEqualTo(2);
  }

  @Test
  void aRoundingRowInForceDecidesHowAmountsRound() {
    var halfEven =
        RULES.with(
            "rounding-half-even-2030",
            DefaultRules.rounding(LocalDate.of(2030, 1, 1), RoundingMode.HALF_EVEN));
    var before = LocalDate.of(2029, 12, 31);
    var after = LocalDate.of(2030, 1, 1);
    assertThat(halfEven.ofBp(50, 100, "OTHER", before)).isEqualTo(1);
    assertThat(halfEven.ofBp(50, 100, "OTHER", after)).isZero();
    assertThat(halfEven.ofBp(150, 100, "OTHER", after)).isEqualTo(2);
  }

  @Test
  void aTableWithoutARoundingRowRoundsHalfUp() {
    var none =
        new RuleTable(
            RULES.rows().stream().filter(r -> r.rule().kind() != RuleKind.ROUNDING).toList());
    assertThat(none.rounding("OTHER", LocalDate.of(2024, 1, 1))).isEqualTo(RoundingMode.HALF_UP);
    assertThat(none.ofBp(50, 100, "OTHER", LocalDate.of(2024, 1, 1))).isEqualTo(1);
  }

  @Test
  void anAmountTooLargeToComputeIsRefusedRatherThanWrapped() {
    assertThatThrownBy(() -> RuleTable.ofBp(Long.MAX_VALUE / 2, 200, RoundingMode.HALF_UP))
        .isInstanceOf(ArithmeticException.class);
  }

  private static FinanceRule rule(RuleKind kind, LocalDate from, Integer rateBp, Integer capBp) {
    return new FinanceRule(
        kind,
        from,
        null,
        List.of(),
        rateBp,
        capBp,
        kind == RuleKind.SHARE ? 8000 : null,
        kind == RuleKind.SHARE ? 8000 : null,
        null,
        "test",
        null);
  }
}
