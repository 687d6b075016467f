package vn.congdoan.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The model branch's monthly dues and union funding. Salaries follow the civil-service scale: a
 * coefficient times the base salary (1.800.000 đ, 2.340.000 đ from July 2024). Dues are 1% and
 * funding 2% under the rules in force; the branch keeps 60% of dues (70% from August 2024) and 75%
 * of funding, and remits the rest to the upper union.
 */
final class Payroll {
  private Payroll() {}

  static long baseSalary(int year, int month) {
    return year == 2024 && month < 7 ? 1_800_000L : 2_340_000L;
  }

  /** Coefficient × 100: 2,34 to 6,53. */
  static long coefficient(int i) {
    return 234 + (i * 37L) % 420;
  }

  static long salary(int i, int year, int month) {
    return coefficient(i) * baseSalary(year, month) / 100;
  }

  static long payroll(int year, int month) {
    long total = 0;
    for (int i = 0; i < ModelRoster.SIZE; i++) {
      total += salary(i, year, month);
    }
    return total;
  }

  static long dues(int year, int month) {
    return payroll(year, month) / 100;
  }

  static long funding(int year, int month) {
    return payroll(year, month) * 2 / 100;
  }

  /** The upper union's part of a month's dues, in whole percent by the share rule of the month. */
  static long duesRemitted(int year, int month) {
    int keep = year == 2024 && month < 8 ? 60 : 70;
    return dues(year, month) * (100 - keep) / 100;
  }

  static long fundingRemitted(int year, int month) {
    return funding(year, month) * 25 / 100;
  }

  static List<Map<String, Object>> payments(int year, int month) {
    List<Map<String, Object>> payments = new ArrayList<>();
    for (int i = 0; i < ModelRoster.SIZE; i++) {
      payments.add(
          Body.of("memberId", ModelWelfare.member(i), "salaryVnd", salary(i, year, month)));
    }
    return payments;
  }
}
