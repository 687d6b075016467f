package vn.congdoan.finance.query;

import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.congdoan.finance.command.Branches;
import vn.congdoan.finance.command.FinanceYear;
import vn.congdoan.finance.command.Ledger;
import vn.congdoan.finance.command.RuleTable;
import vn.congdoan.finance.command.Rules;
import vn.congdoan.finance.config.SpendingRatioSettings;
import vn.congdoan.platform.infra.aggregate.AggregateReads;

/**
 * A branch's year, read from its ledger itself rather than from a projection: an entry recorded a
 * moment ago is in the next read.
 */
@Component
public class FinanceYearQuery {
  private final Repository<Ledger> ledgers;
  private final Rules rules;
  private final Branches branches;
  private final SpendingRatioSettings ratios;

  public FinanceYearQuery(
      Repository<Ledger> ledgers, Rules rules, Branches branches, SpendingRatioSettings ratios) {
    this.ledgers = ledgers;
    this.rules = rules;
    this.branches = branches;
    this.ratios = ratios;
  }

  public FinanceYear year(String branchId, int year) {
    // Also answers 404 for a branch membership does not know.
    String sector = branches.sector(branchId);
    RuleTable table = rules.current();
    // A branch with nothing recorded yet: its books are empty, not unknown.
    return AggregateReads.read(ledgers, branchId, l -> l.year(year, table, sector, ratios.limits()))
        .orElseGet(() -> FinanceYear.empty(branchId, year));
  }
}
