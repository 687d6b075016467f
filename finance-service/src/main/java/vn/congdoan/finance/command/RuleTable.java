package vn.congdoan.finance.command;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.congdoan.finance.api.FinanceRule;
import vn.congdoan.finance.api.FinanceRule.RuleKind;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;

/**
 * The effective-dated finance rules, in the order they were added. A new decision supersedes an old
 * one by being added, never by editing it: of the rows in force on a day, the one with the latest
 * {@code validFrom} wins (on a tie, the one added last).
 */
public record RuleTable(List<Row> rows) {
  private static final BigDecimal BP = BigDecimal.valueOf(10_000);

  /** What the seeded table says (rounding-half-up) and what applies where a table says nothing. */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_UP;

  public record Row(String ruleId, FinanceRule rule) {}

  public static final RuleTable EMPTY = new RuleTable(List.of());

  public RuleTable {
    rows = List.copyOf(rows);
  }

  public RuleTable with(String ruleId, FinanceRule rule) {
    var more = new ArrayList<>(rows);
    more.add(new Row(ruleId, rule));
    return new RuleTable(more);
  }

  public boolean contains(String ruleId) {
    return rows.stream().anyMatch(r -> r.ruleId().equals(ruleId));
  }

  /** The row of {@code kind} for {@code sector} in force on {@code day}, if any. */
  public Optional<Row> inForce(RuleKind kind, String sector, LocalDate day) {
    return IntStream.range(0, rows.size())
        .boxed()
        .filter(i -> applies(rows.get(i).rule(), kind, sector, day))
        .max(
            Comparator.<Integer, LocalDate>comparing(i -> rows.get(i).rule().validFrom())
                .thenComparing(i -> i))
        .map(rows::get);
  }

  /** As {@link #inForce}, refusing (422) when the table has no such row. */
  public Row required(RuleKind kind, String sector, LocalDate day) {
    return inForce(kind, sector, day)
        .orElseThrow(
            () -> new RuleViolationException(Refusal.of("finance.rule.none", kind, sector, day)));
  }

  /** The dues a member owes on {@code salaryVnd} under {@code dues}, capped as it says. */
  public long standardDues(FinanceRule dues, String sector, LocalDate day, long salaryVnd) {
    long amount = ofBp(salaryVnd, dues.rateBp(), sector, day);
    if (dues.capBpOfBaseSalary() == null) {
      return amount;
    }
    long base = required(RuleKind.BASE_SALARY, sector, day).rule().amountVnd();
    return Math.min(amount, ofBp(base, dues.capBpOfBaseSalary(), sector, day));
  }

  /**
   * How amounts computed on {@code day} are brought to whole VND: the ROUNDING row in force, or
   * half-up — to the nearest đồng, a half đồng up — when the table has none (a rule book seeded
   * before rounding was a row).
   */
  public RoundingMode rounding(String sector, LocalDate day) {
    return inForce(RuleKind.ROUNDING, sector, day)
        .map(row -> row.rule().rounding())
        .orElse(DEFAULT_ROUNDING);
  }

  /** {@code bp} basis points of {@code amountVnd}, rounded by the rule in force on {@code day}. */
  public long ofBp(long amountVnd, int bp, String sector, LocalDate day) {
    return ofBp(amountVnd, bp, rounding(sector, day));
  }

  /** {@code bp} basis points of {@code amountVnd}, rounded to whole VND by {@code rounding}. */
  public static long ofBp(long amountVnd, int bp, RoundingMode rounding) {
    return BigDecimal.valueOf(Math.multiplyExact(amountVnd, (long) bp))
        .divide(BP, 0, rounding)
        .longValueExact();
  }

  private static boolean applies(FinanceRule r, RuleKind kind, String sector, LocalDate day) {
    return r.kind() == kind
        && !day.isBefore(r.validFrom())
        && (r.validTo() == null || !day.isAfter(r.validTo()))
        && (r.sectors() == null || r.sectors().isEmpty() || r.sectors().contains(sector));
  }
}
