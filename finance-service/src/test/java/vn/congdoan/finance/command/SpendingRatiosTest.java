package vn.congdoan.finance.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.ExpenseCategory;

class SpendingRatiosTest {
  private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");
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
        .map(b -> b.in(VIETNAMESE))
        .containsExactly(
            "Phụ cấp cán bộ công đoàn chiếm 50.0% tổng chi, vượt mức 45%",
            "Chi chăm lo cho đoàn viên chiếm 30.0% tổng chi, dưới mức 40%",
            "Các khoản chi khác chiếm 20.0% tổng chi, vượt mức 15%");
    assertThat(r.broken().get(0).english())
        .isEqualTo("Officers' allowances are 50.0% of spending, above 45%");
  }

  @Test
  void aHairOverALimitIsBrokenThoughItRoundsToIt() {
    var r =
        of(Map.of(ExpenseCategory.OFFICER_ALLOWANCES, 4_501L, ExpenseCategory.MEMBER_CARE, 5_499L));
    assertThat(r.allowancesPct()).isEqualByComparingTo(new BigDecimal("45.0"));
    assertThat(r.broken()).singleElement().asString().contains("allowances");
    assertThat(r.broken().get(0).key()).isEqualTo("finance.ratio.allowances");
  }

  @Test
  void aYearWithNoSpendingHasNoRatios() {
    assertThat(of(Map.of())).isEqualTo(SpendingRatios.NOTHING_SPENT);
  }
}
