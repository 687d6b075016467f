package vn.congdoan.finance.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.ExpenseCategory;

class SpendingRatiosTest {
  private static final SpendingRatios.Limits LIMITS = new SpendingRatios.Limits(45, 40, 15);

  private static SpendingRatios of(Map<ExpenseCategory, Long> spent) {
    var all = new EnumMap<ExpenseCategory, Long>(ExpenseCategory.class);
    all.putAll(spent);
    return SpendingRatios.of(c -> all.getOrDefault(c, 0L), LIMITS);
  }

  @Test
  void spendingWithinTheRatiosBreaksNone() {
    var r =
        of(
            Map.of(
                ExpenseCategory.OFFICER_ALLOWANCES, 45L,
                ExpenseCategory.MEMBER_CARE, 40L,
                ExpenseCategory.ADMINISTRATION, 10L,
                ExpenseCategory.OTHER, 5L));
    assertThat(r.allowancesPct()).isEqualByComparingTo("45.0");
    assertThat(r.carePct()).isEqualByComparingTo("40.0");
    assertThat(r.otherPct()).isEqualByComparingTo("15.0");
    assertThat(r.broken()).isEmpty();
  }

  @Test
  void eachRatioBrokenIsNamed() {
    var r =
        of(
            Map.of(
                ExpenseCategory.OFFICER_ALLOWANCES, 50L,
                ExpenseCategory.MEMBER_CARE, 30L,
                ExpenseCategory.CULTURE_SPORTS, 20L));
    assertThat(r.broken())
        .hasSize(3)
        .anySatisfy(m -> assertThat(m).contains("allowances").contains("50.0%"))
        .anySatisfy(m -> assertThat(m).contains("care").contains("30.0%"))
        .anySatisfy(m -> assertThat(m).contains("Other").contains("20.0%"));
  }

  @Test
  void aHairOverALimitIsBrokenThoughItRoundsToIt() {
    var r =
        of(Map.of(ExpenseCategory.OFFICER_ALLOWANCES, 4_501L, ExpenseCategory.MEMBER_CARE, 5_499L));
    assertThat(r.allowancesPct()).isEqualByComparingTo(new BigDecimal("45.0"));
    assertThat(r.broken()).singleElement().asString().contains("allowances");
  }

  @Test
  void aYearWithNoSpendingHasNoRatios() {
    assertThat(of(Map.of())).isEqualTo(SpendingRatios.NOTHING_SPENT);
  }
}
