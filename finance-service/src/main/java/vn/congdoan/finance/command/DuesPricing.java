package vn.congdoan.finance.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import vn.congdoan.finance.api.DuesPayment;
import vn.congdoan.finance.api.DuesPaymentRequest;
import vn.congdoan.finance.api.DuesRecordedEvent;
import vn.congdoan.finance.api.FinanceRule.RuleKind;
import vn.congdoan.finance.api.RecordDuesCommand;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;

/** A month's dues checked against the branch's members and priced by the rule in force. */
final class DuesPricing {
  private DuesPricing() {}

  /**
   * Refuses a request that is incomplete, pays a member twice, pays nothing, or both waives a
   * member's month and gives an amount for it.
   */
  static void check(RecordDuesCommand c, Predicate<MemberId> alreadyPaid) {
    if (c.period() == null || c.payments() == null || c.payments().isEmpty()) {
      throw new RuleViolationException(Refusal.of("finance.dues.empty"));
    }
    var inThisRequest = new HashSet<MemberId>();
    for (DuesPaymentRequest p : c.payments()) {
      if (!inThisRequest.add(p.memberId()) || alreadyPaid.test(p.memberId())) {
        throw new ConflictException(Refusal.of("finance.dues.duplicate", p.memberId(), c.period()));
      }
      if (p.waiver() != null) {
        waivable(p, c);
        continue;
      }
      Ledger.positive(p.salaryVnd(), Refusal.of("finance.what.salary", p.memberId()));
      if (p.amountVnd() != null) {
        Ledger.positive(p.amountVnd(), Refusal.of("finance.what.dues", p.memberId()));
      }
    }
  }

  /** An unpaid month may have no salary at all; a waived month has no amount. */
  private static void waivable(DuesPaymentRequest p, RecordDuesCommand c) {
    if (p.amountVnd() != null) {
      throw new RuleViolationException(
          Refusal.of("finance.dues.waived-amount", p.memberId(), c.period(), p.waiver()));
    }
    if (p.salaryVnd() < 0) {
      throw new RuleViolationException(Refusal.of("finance.dues.negative-salary", p.memberId()));
    }
  }

  static DuesRecordedEvent price(RecordDuesCommand c, Branches branches, RuleTable table) {
    List<Branches.Stay> stays = branches.members(c.branchId().value());
    RuleViolationException.refuseIf(
        c.payments().stream()
            .map(p -> Branches.problem(stays, p.memberId(), c.period()))
            .flatMap(Optional::stream)
            .findFirst());
    String sector = branches.sector(c.branchId().value());
    LocalDate day = c.period().atDay(1);
    RuleTable.Row rule = table.required(RuleKind.DUES, sector, day);
    var payments = new ArrayList<DuesPayment>();
    for (DuesPaymentRequest p : c.payments()) {
      if (p.waiver() != null) {
        // Still recorded: the month counts as settled for the member and cannot be paid again.
        payments.add(DuesPayment.waived(p.memberId(), p.salaryVnd(), p.waiver()));
        continue;
      }
      long standard = table.standardDues(rule.rule(), sector, day, p.salaryVnd());
      long amount = p.amountVnd() == null ? standard : p.amountVnd();
      // A branch may charge more by its own decision, never less than the rule.
      if (amount < standard) {
        throw new RuleViolationException(
            Refusal.of(
                "finance.dues.below-standard",
                p.memberId(),
                c.period(),
                Refusal.vnd(amount),
                Refusal.vnd(standard),
                rule.ruleId()));
      }
      payments.add(new DuesPayment(p.memberId(), p.salaryVnd(), standard, amount));
    }
    return new DuesRecordedEvent(
        c.branchId(), c.period(), List.copyOf(payments), rule.ruleId(), c.recordedOn());
  }
}
