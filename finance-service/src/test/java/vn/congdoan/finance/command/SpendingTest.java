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

  @Test
  void anExpenseIsRecordedOnItsLine() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RecordExpenseCommand(
                new BranchId(BRANCH),
                "qua-20-10",
                ExpenseCategory.MEMBER_CARE,
                3_200_000,
                DAY,
                "Quà 20/10",
                false))
        .expectEvents(GIFTS);
  }

  @Test
  void aZeroExpenseIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RecordExpenseCommand(
                new BranchId(BRANCH), "x", ExpenseCategory.OTHER, 0, DAY, null, false))
        .expectException(RuleViolationException.class);
  }

  @Test
  void anExpenseIdAlreadyRecordedIsAConflict() {
    fixture
        .given(GIFTS)
        .when(
            new RecordExpenseCommand(
                new BranchId(BRANCH), "qua-20-10", ExpenseCategory.OTHER, 1, DAY, null, false))
        .expectException(ConflictException.class);
  }

  @Test
  void aRemittanceIsRecordedAgainstItsShare() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RemitShareCommand(
                new BranchId(BRANCH), "nop-cap-tren-q3", Share.DUES, 1_500_000, DAY))
        .expectEvents(
            new ShareRemittedEvent(
                new BranchId(BRANCH), "nop-cap-tren-q3", Share.DUES, 1_500_000, DAY));
  }

  @Test
  void aNegativeRemittanceIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(new RemitShareCommand(new BranchId(BRANCH), "r", Share.UNION_FUNDING, -1, DAY))
        .expectException(RuleViolationException.class);
  }

  @Test
  void aRemittanceIdAlreadyRecordedIsAConflict() {
    fixture
        .given(new ShareRemittedEvent(new BranchId(BRANCH), "r", Share.DUES, 1_000, DAY))
        .when(new RemitShareCommand(new BranchId(BRANCH), "r", Share.DUES, 1_000, DAY))
        .expectException(ConflictException.class);
  }
}
