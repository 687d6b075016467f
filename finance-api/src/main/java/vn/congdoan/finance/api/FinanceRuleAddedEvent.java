package vn.congdoan.finance.api;

import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.WireName;

/**
 * A finance rule (rate, cap, share, base salary, rounding) came into force for a period, as decided
 * by {@code decision}; rules are data, extended by an administrator without a release. Revision 2
 * added {@link FinanceRule#rounding()}.
 */
@WireName("finance.FinanceRuleAdded")
@Revision("2")
public record FinanceRuleAddedEvent(String ruleId, FinanceRule rule) {}
