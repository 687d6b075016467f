package vn.congdoan.finance.command;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.BudgetStanding;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.ExpenseRecordedEvent;
import vn.congdoan.finance.api.RecordExpenseCommand;
import vn.congdoan.finance.api.RemitShareCommand;
import vn.congdoan.finance.api.Share;
import vn.congdoan.finance.api.ShareRemittedEvent;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.RuleViolationException;

class SpendingTest {
  private static final String BRANCH = "vp-doan-dbqh";
  private static final LocalDate DAY = LocalDate.of(2024, 10, 20);
  private static final ExpenseRecordedEvent GIFTS =
      new ExpenseRecordedEvent(
          new BranchId(BRANCH),
          "qua-20-10",
          ExpenseCategory.MEMBER_CARE,
          3_200_000,
          DAY,
          "Quà 20/10",
          BudgetStanding.NO_APPROVED_BUDGET);

  private AggregateTestFixture<Ledger> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Ledger.class);
  }

  /** An expense within whatever budget there is: no overrun authorised. */
  private static RecordExpenseCommand spend(
      String id, ExpenseCategory category, long amountVnd, String reference) {
    return new RecordExpenseCommand(
        new BranchId(BRANCH), id, category, amountVnd, DAY, reference, false);
  }

  private static RemitShareCommand remit(String id, Share share, long amountVnd) {
    return new RemitShareCommand(new BranchId(BRANCH), id, share, amountVnd, DAY);
  }

  private static ShareRemittedEvent remitted(String id, Share share, long amountVnd) {
    return new ShareRemittedEvent(new BranchId(BRANCH), id, share, amountVnd, DAY);
  }

  @Test
  void anExpenseIsRecordedOnItsLine() {
    fixture
        .givenNoPriorActivity()
        .when(spend("qua-20-10", ExpenseCategory.MEMBER_CARE, 3_200_000, "Quà 20/10"))
        .expectEvents(GIFTS);
  }

  @Test
  void aZeroExpenseIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(spend("x", ExpenseCategory.OTHER, 0, null))
        .expectException(RuleViolationException.class);
  }

  @Test
  void anExpenseIdAlreadyRecordedIsAConflict() {
    fixture
        .given(GIFTS)
        .when(spend("qua-20-10", ExpenseCategory.OTHER, 1, null))
        .expectException(ConflictException.class);
  }

  @Test
  void aRemittanceIsRecordedAgainstItsShare() {
    fixture
        .givenNoPriorActivity()
        .when(remit("nop-cap-tren-q3", Share.DUES, 1_500_000))
        .expectEvents(remitted("nop-cap-tren-q3", Share.DUES, 1_500_000));
  }

  @Test
  void aNegativeRemittanceIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(remit("r", Share.UNION_FUNDING, -1))
        .expectException(RuleViolationException.class);
  }

  @Test
  void aRemittanceIdAlreadyRecordedIsAConflict() {
    fixture
        .given(remitted("r", Share.DUES, 1_000))
        .when(remit("r", Share.DUES, 1_000))
        .expectException(ConflictException.class);
  }
}
