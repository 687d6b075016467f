package vn.congdoan.finance.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.congdoan.finance.api.AddFinanceRuleCommand;
import vn.congdoan.finance.api.FinanceRule;
import vn.congdoan.finance.api.FinanceRule.RuleKind;
import vn.congdoan.finance.api.FinanceRuleAddedEvent;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;

/** The province's finance rule table (rates, caps, shares, base salary) as effective-dated data. */
@Aggregate
public class RuleBook {
  /** Not a client id (they have no colon), so it never meets a branch's ledger in the store. */
  public static final String ID = "rules:province";

  @AggregateIdentifier private String bookId;
  private RuleTable table = RuleTable.EMPTY;

  protected RuleBook() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public void handle(AddFinanceRuleCommand c) {
    if (table.contains(c.ruleId())) {
      throw new ConflictException(Refusal.of("finance.rule.exists", c.ruleId()));
    }
    check(c.rule());
    apply(new FinanceRuleAddedEvent(c.ruleId(), c.rule()));
  }

  @EventSourcingHandler
  void on(FinanceRuleAddedEvent event) {
    bookId = ID;
    table = table.with(event.ruleId(), event.rule());
  }

  public Optional<RuleTable.Row> inForce(RuleKind kind, String sector, LocalDate day) {
    return table.inForce(kind, sector, day);
  }

  public RuleTable table() {
    return table;
  }

  private static void check(FinanceRule r) {
    if (r.kind() == null || r.validFrom() == null) {
      throw new RuleViolationException(Refusal.of("finance.rule.incomplete"));
    }
    if (r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
      throw new RuleViolationException(Refusal.of("finance.rule.valid-to"));
    }
    boolean complete =
        switch (r.kind()) {
          case DUES ->
              bp(r.rateBp()) && (r.capBpOfBaseSalary() == null || bp(r.capBpOfBaseSalary()));
          case UNION_FUNDING -> bp(r.rateBp());
          case SHARE -> bp(r.keepDuesBp()) && bp(r.keepFundingBp());
          case BASE_SALARY -> r.amountVnd() != null && r.amountVnd() > 0;
          case ROUNDING -> r.rounding() != null && r.rounding() != RoundingMode.UNNECESSARY;
        };
    if (!complete) {
      throw new RuleViolationException(Refusal.of("finance.rule.fields", r.kind()));
    }
  }

  private static boolean bp(Integer value) {
    return value != null && value >= 0 && value <= 10_000;
  }
}
