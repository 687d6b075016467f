package vn.congdoan.finance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddFinanceRuleCommand(
    @TargetAggregateIdentifier String bookId, String ruleId, FinanceRule rule) {}
