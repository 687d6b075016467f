package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.Share;
import vn.congdoan.reporting.ingest.Delivery;

/**
 * Thousands of ledger entries with random amounts, some just outside the year: the summary must
 * agree to the đồng with what the entries add up to, worked out here without the read model.
 */
class FinanceReconciliationTest extends ReadModelTestBase {
  private static final List<String> BRANCHES = List.of("so-tai-chinh", "so-y-te", "vp-doan-dbqh");
  private static final int ENTRIES = 4_000;
  private static final int YEAR = 2024;

  private final FinanceEventMother finance = events.finance();
  private final Random random = new Random(20_241_231L);
  private final List<Delivery> deliveries = new ArrayList<>();

  /** Per branch ("" for the province): income, spending and remittances of the year. */
  private final Map<String, long[]> expected = new HashMap<>();

  private final Map<String, Map<String, Long>> expectedCategories = new HashMap<>();

  @Test
  void theBalanceAndEveryCategoryAddUpToTheEntriesOfTheYear() {
    BRANCHES.forEach(b -> deliveries.add(events.branchRegistered(b, "Công đoàn cơ sở " + b)));
    for (int i = 0; i < ENTRIES; i++) {
      generate(i);
    }
    for (int from = 0; from < deliveries.size(); from += 500) {
      model.apply(deliveries.subList(from, Math.min(from + 500, deliveries.size())));
    }

    for (String branch : BRANCHES) {
      assertReconciles(branch, model.year(branch, YEAR).finance());
    }
    assertReconciles("", model.province(YEAR).finance());
    assertThat(model.store.financeEntries().countDocuments()).isEqualTo(ENTRIES);
  }

  private void assertReconciles(String who, YearSummary.Finance figures) {
    long[] sums = expected.getOrDefault(who, new long[3]);
    assertThat(figures.incomeVnd()).as(who).isEqualTo(sums[0]);
    assertThat(figures.expenseVnd()).as(who).isEqualTo(sums[1]);
    assertThat(figures.remittedVnd()).as(who).isEqualTo(sums[2]);
    assertThat(figures.balanceVnd()).as(who).isEqualTo(sums[0] - sums[1] - sums[2]);
    assertThat(figures.incomeVnd())
        .as(who)
        .isEqualTo(figures.duesVnd() + figures.unionFundingVnd() + figures.otherIncomeVnd());
    assertThat(figures.byCategory())
        .as(who)
        .isEqualTo(expectedCategories.getOrDefault(who, Map.of()));
    assertThat(figures.byCategory().values().stream().mapToLong(Long::longValue).sum())
        .as(who)
        .isEqualTo(sums[1]);
  }

  private void generate(int i) {
    String branch = BRANCHES.get(random.nextInt(BRANCHES.size()));
    // From mid-November of the year before to mid-February of the year after.
    LocalDate on = LocalDate.of(YEAR - 1, 11, 15).plusDays(random.nextInt(458));
    YearMonth period = YearMonth.from(on);
    long amount = 1_000 + random.nextInt(5_000_000);
    switch (random.nextInt(5)) {
      case 0 -> {
        long[] payments = random.longs(1 + random.nextInt(30), 10_000, 300_000).toArray();
        deliveries.add(finance.dues(branch, period, payments));
        count(branch, period.getYear(), 0, FinanceEventMother.total(payments), null);
      }
      case 1 -> {
        deliveries.add(finance.unionFunding(branch, period, amount));
        count(branch, period.getYear(), 0, amount, null);
      }
      case 2 -> {
        deliveries.add(events.income(branch, amount, on));
        count(branch, on.getYear(), 0, amount, null);
      }
      case 3 -> {
        ExpenseCategory category =
            ExpenseCategory.values()[random.nextInt(ExpenseCategory.values().length)];
        deliveries.add(finance.expense(branch, "pc-" + i, category, amount, on));
        count(branch, on.getYear(), 1, amount, category.name());
      }
      default -> {
        Share share = random.nextBoolean() ? Share.DUES : Share.UNION_FUNDING;
        deliveries.add(finance.remitted(branch, "nop-" + i, share, amount, on));
        count(branch, on.getYear(), 2, amount, null);
      }
    }
  }

  private void count(String branch, int year, int column, long amount, String category) {
    if (year != YEAR) {
      return;
    }
    for (String who : List.of(branch, "")) {
      expected.computeIfAbsent(who, w -> new long[3])[column] += amount;
      if (category != null) {
        expectedCategories
            .computeIfAbsent(who, w -> new TreeMap<>())
            .merge(category, amount, Long::sum);
      }
    }
  }
}
