package vn.congdoan.finance.command;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import vn.congdoan.finance.api.DuesPayment;
import vn.congdoan.finance.api.DuesRecordedEvent;
import vn.congdoan.finance.api.DuesWaiver;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.GrantExpenseRecordedEvent;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.finance.api.Share;
import vn.congdoan.finance.api.ShareRemittedEvent;
import vn.congdoan.finance.api.UnionFundingRecordedEvent;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.MemberId;

/**
 * A state agency's ledger over several years drawn from a fixed seed, with each year's figures
 * summed here as the entries are drawn, by hand and not by the code under test.
 */
final class GeneratedLedger {
  /** A year's figures as the test expects them. */
  static final class Sums {
    long dues;
    long funding;
    long other;
    long remittedDues;
    long remittedFunding;
    long owedDues;
    long owedFunding;
    final Map<ExpenseCategory, Long> byCategory = new EnumMap<>(ExpenseCategory.class);

    Sums() {
      for (ExpenseCategory c : ExpenseCategory.values()) {
        byCategory.put(c, 0L);
      }
    }

    long income() {
      return dues + funding + other;
    }

    long expense() {
      return byCategory.values().stream().mapToLong(Long::longValue).sum();
    }

    long remitted() {
      return remittedDues + remittedFunding;
    }
  }

  private static final int MEMBERS = 46;
  // 1408/QĐ-TLĐ from 1/8/2024 keeps 70% of dues, 4290/QĐ-TLĐ before it 60%; 75% of funding both.
  private static final LocalDate SHARE_1408 = LocalDate.of(2024, 8, 1);

  final String branchId;
  final Map<Integer, Sums> years = new TreeMap<>();
  private final List<Dated> entries = new ArrayList<>();
  private final Random random;

  private record Dated(LocalDate on, Object event) {}

  GeneratedLedger(String branchId, long seed, int from, int to, int entriesPerYear) {
    this.branchId = branchId;
    this.random = new Random(seed);
    for (int year = from; year <= to; year++) {
      Sums sums = new Sums();
      years.put(year, sums);
      for (int month = 1; month <= 12; month++) {
        dues(YearMonth.of(year, month), sums);
        funding(YearMonth.of(year, month), sums);
      }
      for (int i = 0; i < entriesPerYear; i++) {
        other(year, i, sums);
      }
    }
  }

  /** Every entry, in the order of the day it is dated. */
  List<Object> events() {
    return entries.stream().sorted(Comparator.comparing(Dated::on)).map(Dated::event).toList();
  }

  int size() {
    return entries.size();
  }

  private void dues(YearMonth period, Sums sums) {
    var payments = new ArrayList<DuesPayment>();
    for (int m = 0; m < MEMBERS; m++) {
      String member = "doan-vien-" + m;
      long salary = 4_000_000 + random.nextInt(40_000) * 1_000L;
      if (random.nextInt(20) == 0) {
        var waiver =
            random.nextBoolean() ? DuesWaiver.UNPAID_MONTH : DuesWaiver.SOCIAL_INSURANCE_BENEFITS;
        payments.add(DuesPayment.waived(new MemberId(member), salary, waiver));
        continue;
      }
      // 1% (1908/QĐ-TLĐ) to June 2025, then 0.5% capped at 234,000 (61/QĐ-TLĐ).
      long standard =
          period.isBefore(YearMonth.of(2025, 7))
              ? halfUp(salary, 100)
              : Math.min(halfUp(salary, 50), 234_000);
      long amount =
          random.nextInt(10) == 0 ? standard + 10_000 * (1 + random.nextInt(5)) : standard;
      payments.add(new DuesPayment(new MemberId(member), salary, standard, amount));
      sums.dues += amount;
      int keep = period.atDay(1).isBefore(SHARE_1408) ? 6_000 : 7_000;
      sums.owedDues += halfUp(standard, 10_000 - keep);
    }
    add(
        period.atEndOfMonth(),
        new DuesRecordedEvent(
            new BranchId(branchId),
            period,
            List.copyOf(payments),
            "dues",
            period.plusMonths(1).atDay(5)));
  }

  private void funding(YearMonth period, Sums sums) {
    long payroll = 200_000_000 + random.nextInt(200_000) * 1_000L;
    long standard = halfUp(payroll, 200);
    long amount = random.nextInt(6) == 0 ? standard + 1_000_000 : standard;
    sums.funding += amount;
    sums.owedFunding += halfUp(standard, 2_500);
    add(
        period.atEndOfMonth(),
        new UnionFundingRecordedEvent(
            new BranchId(branchId), period, payroll, standard, amount, "funding"));
  }

  private void other(int year, int i, Sums sums) {
    LocalDate on =
        LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
    long amount = (1 + random.nextInt(5_000)) * 1_000L;
    String id = year + "-" + i;
    switch (random.nextInt(10)) {
      case 0, 1 -> {
        sums.other += amount;
        add(
            on,
            new IncomeRecordedEvent(new BranchId(branchId), "thu-" + id, "Tài trợ", amount, on));
      }
      case 2 -> {
        Share share = random.nextBoolean() ? Share.DUES : Share.UNION_FUNDING;
        if (share == Share.DUES) {
          sums.remittedDues += amount;
        } else {
          sums.remittedFunding += amount;
        }
        add(on, new ShareRemittedEvent(new BranchId(branchId), "nop-" + id, share, amount, on));
      }
      case 3 -> {
        sums.byCategory.merge(ExpenseCategory.MEMBER_CARE, amount, Long::sum);
        add(
            on,
            new GrantExpenseRecordedEvent(
                new BranchId(branchId), "tro-cap-" + id, new GrantId("g-" + id), amount, on));
      }
      default -> {
        var categories = ExpenseCategory.values();
        var category = categories[random.nextInt(categories.length)];
        sums.byCategory.merge(category, amount, Long::sum);
        add(on, LedgerMother.expense(branchId, "chi-" + id, category, amount, on));
      }
    }
  }

  private void add(LocalDate on, Object event) {
    entries.add(new Dated(on, event));
  }

  /** {@code bp} basis points of {@code amount}, rounded half-up. */
  private static long halfUp(long amount, int bp) {
    return (amount * bp + 5_000) / 10_000;
  }
}
