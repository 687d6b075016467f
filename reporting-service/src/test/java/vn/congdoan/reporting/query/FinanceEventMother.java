package vn.congdoan.reporting.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import vn.congdoan.finance.api.BudgetApprovedEvent;
import vn.congdoan.finance.api.BudgetEstimatedEvent;
import vn.congdoan.finance.api.BudgetLine;
import vn.congdoan.finance.api.BudgetStanding;
import vn.congdoan.finance.api.DuesPayment;
import vn.congdoan.finance.api.DuesRecordedEvent;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.ExpenseRecordedEvent;
import vn.congdoan.finance.api.GrantExpenseRecordedEvent;
import vn.congdoan.finance.api.GrantExpenseReversedEvent;
import vn.congdoan.finance.api.Share;
import vn.congdoan.finance.api.ShareRemittedEvent;
import vn.congdoan.finance.api.UnionFundingRecordedEvent;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.reporting.ingest.Delivery;

/** Ledger events as finance-service publishes them: all in the branch's Ledger stream. */
public final class FinanceEventMother {
  public static final String RULE = "quy-dinh-2024";
  private final EventMother events;

  FinanceEventMother(EventMother events) {
    this.events = events;
  }

  /** One payment per amount, by members numbered from 0, each at 1% of a salary. */
  public Delivery dues(String branchId, YearMonth period, long... amountsVnd) {
    List<DuesPayment> payments =
        IntStream.range(0, amountsVnd.length)
            .mapToObj(
                i ->
                    new DuesPayment(
                        new MemberId("doan-vien-" + i),
                        amountsVnd[i] * 100,
                        amountsVnd[i],
                        amountsVnd[i]))
            .toList();
    return ledger(
        branchId,
        new DuesRecordedEvent(
            new BranchId(branchId), period, payments, RULE, period.plusMonths(1).atDay(5)));
  }

  public Delivery unionFunding(String branchId, YearMonth period, long amountVnd) {
    return ledger(
        branchId,
        new UnionFundingRecordedEvent(
            new BranchId(branchId), period, amountVnd * 50, amountVnd, amountVnd, RULE));
  }

  /** The books closed on dissolution, the balance handed to the upper union. */
  public Delivery booksClosed(String branchId, java.time.LocalDate closedOn, long handedOverVnd) {
    return ledger(
        branchId,
        new vn.congdoan.finance.api.BooksClosedEvent(
            new BranchId(branchId), closedOn, handedOverVnd, handedOverVnd));
  }

  public Delivery expense(
      String branchId,
      String expenseId,
      ExpenseCategory category,
      long amountVnd,
      LocalDate spentOn) {
    return ledger(
        branchId,
        new ExpenseRecordedEvent(
            new BranchId(branchId),
            expenseId,
            category,
            amountVnd,
            spentOn,
            "PC-01",
            BudgetStanding.NO_APPROVED_BUDGET));
  }

  /** A welfare grant booked as member care, under the expense id derived from the grant. */
  public Delivery grantExpense(String branchId, String grantId, long amountVnd, LocalDate spentOn) {
    return ledger(
        branchId,
        new GrantExpenseRecordedEvent(
            new BranchId(branchId), "grant-" + grantId, new GrantId(grantId), amountVnd, spentOn));
  }

  /**
   * A reversal as finance books it: on {@code bookedOn} (the grant's day while its year is open,
   * else the reversal's), correcting {@code correctsYear} (the grant's year).
   */
  public Delivery grantExpenseReversed(
      String branchId,
      String grantId,
      long amountVnd,
      LocalDate reversedOn,
      LocalDate bookedOn,
      Integer correctsYear) {
    return ledger(
        branchId,
        new GrantExpenseReversedEvent(
            new BranchId(branchId),
            "grant-" + grantId,
            new GrantId(grantId),
            amountVnd,
            reversedOn,
            bookedOn,
            correctsYear));
  }

  /** A reversal as revision 1 booked every one, read today: on its own day, no year named. */
  public Delivery grantExpenseReversedRevision1(
      String branchId, String grantId, long amountVnd, LocalDate reversedOn) {
    return grantExpenseReversed(branchId, grantId, amountVnd, reversedOn, reversedOn, null);
  }

  public Delivery remitted(
      String branchId, String remittanceId, Share share, long amountVnd, LocalDate remittedOn) {
    return ledger(
        branchId,
        new ShareRemittedEvent(new BranchId(branchId), remittanceId, share, amountVnd, remittedOn));
  }

  /** A budget estimate of one line per amount, in the expense categories' order. */
  public Delivery budgetEstimated(String branchId, int year, long... amountsVnd) {
    ExpenseCategory[] categories = ExpenseCategory.values();
    List<BudgetLine> lines =
        IntStream.range(0, amountsVnd.length)
            .mapToObj(i -> new BudgetLine(categories[i], amountsVnd[i]))
            .toList();
    return ledger(branchId, new BudgetEstimatedEvent(new BranchId(branchId), year, lines));
  }

  public Delivery budgetApproved(String branchId, int year, LocalDate approvedOn) {
    return ledger(
        branchId,
        new BudgetApprovedEvent(new BranchId(branchId), year, approvedOn, "can-bo-lien-doan"));
  }

  /** Total of {@link #dues}'s amounts: what the branch's dues come to. */
  public static long total(long... amountsVnd) {
    return Arrays.stream(amountsVnd).sum();
  }

  private Delivery ledger(String branchId, Object event) {
    return events.delivery(Topics.FINANCE, "Ledger", branchId, branchId, event);
  }
}
