package vn.congdoan.finance.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.congdoan.finance.api.AddFinanceRuleCommand;
import vn.congdoan.finance.command.RuleBook;
import vn.congdoan.finance.command.Rules;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.infra.web.CommandSender;

/** Gives an empty rule book the default rows, as events like any rule an administrator adds. */
@Component
public class RuleSeeder implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(RuleSeeder.class);

  private final Rules rules;
  private final RuleDefaults defaults;
  private final CommandSender commands;

  public RuleSeeder(Rules rules, RuleDefaults defaults, CommandSender commands) {
    this.rules = rules;
    this.defaults = defaults;
    this.commands = commands;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!rules.current().rows().isEmpty()) {
      return;
    }
    for (RuleDefaults.Seed seed : defaults.rules()) {
      try {
        commands.send(new AddFinanceRuleCommand(RuleBook.ID, seed.ruleId(), seed.rule()), null);
      } catch (ConflictException e) {
        // Another instance seeding at the same moment got there first: the row is there.
        log.info("Finance rule {} was already seeded", seed.ruleId());
      }
    }
    log.info("Seeded the finance rule book with {} default rules", defaults.rules().size());
  }
}
