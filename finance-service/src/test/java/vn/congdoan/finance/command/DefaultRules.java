package vn.congdoan.finance.command;

import java.io.IOException;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;
import vn.congdoan.finance.api.FinanceRule;
import vn.congdoan.finance.api.FinanceRule.RuleKind;
import vn.congdoan.finance.config.RuleDefaults;

/** The rule table a new installation is seeded with, read from the real finance.yml. */
final class DefaultRules {
  private DefaultRules() {}

  static RuleTable table() {
    var table = RuleTable.EMPTY;
    for (RuleDefaults.Seed seed : defaults().rules()) {
      table = table.with(seed.ruleId(), seed.rule());
    }
    return table;
  }

  /** A ROUNDING row from {@code from}: how computed amounts round from then on. */
  static FinanceRule rounding(LocalDate from, RoundingMode mode) {
    return new FinanceRule(
        RuleKind.ROUNDING, from, null, List.of(), null, null, null, null, null, "test", mode);
  }

  /** A BASE_SALARY row from {@code from}, by {@code decision}. */
  static FinanceRule baseSalary(LocalDate from, long amountVnd, String decision) {
    return new FinanceRule(
        RuleKind.BASE_SALARY,
        from,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        amountVnd,
        decision,
        null);
  }

  /** A row of {@code kind} for every sector, with a rate alone ({@code rateBp} null: none). */
  static FinanceRule rated(RuleKind kind, LocalDate from, LocalDate to, Integer rateBp) {
    return new FinanceRule(kind, from, to, List.of(), rateBp, null, null, null, null, "test", null);
  }

  static RuleDefaults defaults() {
    try {
      var sources = new MutablePropertySources();
      new YamlPropertySourceLoader()
          .load("finance.yml", new ClassPathResource("finance.yml"))
          .forEach(sources::addLast);
      return new Binder(ConfigurationPropertySources.from(sources))
          .bind("finance", RuleDefaults.class)
          .get();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
