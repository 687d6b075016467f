package vn.congdoan.finance.api;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the effective-dated rule table. {@code validTo} is the last day it applies (null:
 * until replaced). {@code sectors} empty means every sector. Rates are in basis points (1% = 100)
 * so amounts stay whole VND. Which fields matter depends on {@code kind}:
 *
 * <ul>
 *   <li>DUES: {@code rateBp} of the salary, capped at {@code capBpOfBaseSalary} of the base salary
 *       in force (null: no cap)
 *   <li>UNION_FUNDING: {@code rateBp} of the payroll
 *   <li>SHARE: what the branch keeps, {@code keepDuesBp} and {@code keepFundingBp}
 *   <li>BASE_SALARY: {@code amountVnd}
 *   <li>ROUNDING: {@code rounding}, how every amount computed by a rule (dues, union funding, the
 *       shares owed upward) is brought to whole VND
 * </ul>
 */
public record FinanceRule(
    RuleKind kind,
    LocalDate validFrom,
    LocalDate validTo,
    List<String> sectors,
    Integer rateBp,
    Integer capBpOfBaseSalary,
    Integer keepDuesBp,
    Integer keepFundingBp,
    Long amountVnd,
    String decision,
    RoundingMode rounding) {

  public enum RuleKind {
    DUES,
    UNION_FUNDING,
    SHARE,
    BASE_SALARY,
    ROUNDING
  }
}
