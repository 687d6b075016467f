package vn.congdoan.finance.command;

import vn.congdoan.finance.api.FinanceRule.RuleKind;
import vn.congdoan.finance.api.RecordUnionFundingCommand;
import vn.congdoan.finance.api.UnionFundingRecordedEvent;

/** A month's union funding (KPCĐ) priced by the levy in force for the branch's sector. */
final class FundingPricing {
  private FundingPricing() {}

  static UnionFundingRecordedEvent price(
      RecordUnionFundingCommand c, Branches branches, RuleTable table) {
    String sector = branches.sector(c.branchId().value());
    RuleTable.Row rule = table.required(RuleKind.UNION_FUNDING, sector, c.period().atDay(1));
    long standard = table.ofBp(c.payrollVnd(), rule.rule().rateBp(), sector, c.period().atDay(1));
    // A smaller amount is kept as given: the law allows exemption and reduction of the levy.
    long amount = c.amountVnd() == null ? standard : c.amountVnd();
    return new UnionFundingRecordedEvent(
        c.branchId(), c.period(), c.payrollVnd(), standard, amount, rule.ruleId());
  }
}
