package vn.congdoan.finance.config;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import vn.congdoan.finance.api.FinanceRule;
import vn.congdoan.finance.api.FinanceRule.RuleKind;

/**
 * The rule table a new installation starts with ({@code finance.rules} in finance.yml). Only an
 * empty rule book is seeded: afterwards the table is changed through the API, as data.
 */
@ConfigurationProperties("finance")
public record RuleDefaults(@DefaultValue List<Seed> rules) {

  public record Seed(
      String ruleId,
      RuleKind kind,
      @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
      @DateTimeFormat(iso = ISO.DATE) LocalDate validTo,
      List<String> sectors,
      Integer rateBp,
      Integer capBpOfBaseSalary,
      Integer keepDuesBp,
      Integer keepFundingBp,
      Long amountVnd,
      String decision,
      RoundingMode rounding) {

    public FinanceRule rule() {
      return new FinanceRule(
          kind,
          validFrom,
          validTo,
          sectors == null ? List.of() : List.copyOf(sectors),
          rateBp,
          capBpOfBaseSalary,
          keepDuesBp,
          keepFundingBp,
          amountVnd,
          decision,
          rounding);
    }
  }
}
