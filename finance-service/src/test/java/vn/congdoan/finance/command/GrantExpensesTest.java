package vn.congdoan.finance.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.GrantExpenseRecordedEvent;
import vn.congdoan.finance.api.GrantExpenseReversedEvent;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.finance.api.RecordGrantExpenseCommand;
import vn.congdoan.finance.api.ReverseGrantExpenseCommand;
import vn.congdoan.platform.api.RuleViolationException;

class GrantExpensesTest {
  private static final String BRANCH = "vp-doan-dbqh";
  private static final String GRANT = "om-dau-1";
  private static final LocalDate GRANTED = LocalDate.of(2024, 12, 20);
  private static final LocalDate REVERSED = LocalDate.of(2025, 1, 6);
  private static final GrantExpenseRecordedEvent RECORDED =
      new GrantExpenseRecordedEvent(BRANCH, "grant-" + GRANT, GRANT, 1_000_000, GRANTED);
  private static final GrantExpenseReversedEvent REVERSAL =
      new GrantExpenseReversedEvent(BRANCH, "grant-" + GRANT, GRANT, 1_000_000, REVERSED);

  private AggregateTestFixture<Ledger> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Ledger.class);
  }

  @Test
  void aGrantOpensTheLedgerAsAMemberCareExpense() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordGrantExpenseCommand(BRANCH, GRANT, 1_000_000, GRANTED))
        .expectEvents(RECORDED);
  }

  @Test
  void aGrantIsRecordedInALedgerAlreadyOpen() {
    fixture
        .given(new IncomeRecordedEvent(BRANCH, "thu-1", "Tài trợ", 500_000, GRANTED))
        .when(new RecordGrantExpenseCommand(BRANCH, GRANT, 1_000_000, GRANTED))
        .expectEvents(RECORDED);
  }

  @Test
  void aGrantDeliveredAgainRecordsNothingAndRefusesNothing() {
    fixture
        .given(RECORDED)
        .when(new RecordGrantExpenseCommand(BRANCH, GRANT, 1_000_000, GRANTED))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aGrantOfNothingIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordGrantExpenseCommand(BRANCH, GRANT, 0, GRANTED))
        .expectException(RuleViolationException.class);
  }

  @Test
  void aReversedGrantReversesItsExpense() {
    fixture
        .given(RECORDED)
        .when(new ReverseGrantExpenseCommand(BRANCH, GRANT, REVERSED))
        .expectEvents(REVERSAL);
  }

  @Test
  void aReversalDeliveredAgainRecordsNothing() {
    fixture
        .given(RECORDED, REVERSAL)
        .when(new ReverseGrantExpenseCommand(BRANCH, GRANT, REVERSED))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aReversalOfAGrantNeverSeenRecordsNothing() {
    fixture
        .given(new IncomeRecordedEvent(BRANCH, "thu-1", "Tài trợ", 500_000, GRANTED))
        .when(new ReverseGrantExpenseCommand(BRANCH, "khong-co", REVERSED))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aReversalOfAGrantNeverSeenOpensNoLedger() {
    fixture
        .givenNoPriorActivity()
        .when(new ReverseGrantExpenseCommand(BRANCH, "khong-co", REVERSED))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aGrantRecordedAgainAfterItsReversalStaysReversed() {
    fixture
        .given(RECORDED, REVERSAL)
        .when(new RecordGrantExpenseCommand(BRANCH, GRANT, 1_000_000, GRANTED))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aYearCountsItsGrantsLessItsReversals() {
    var expenses = new GrantExpenses(null);
    expenses.on(RECORDED);
    expenses.on(new GrantExpenseRecordedEvent(BRANCH, "grant-g2", "g2", 300_000, REVERSED));
    expenses.on(REVERSAL);

    assertThat(expenses.spentIn(2024)).isEqualTo(1_000_000);
    assertThat(expenses.spentIn(2025)).isEqualTo(300_000 - 1_000_000);
    assertThat(expenses.spentIn(2023)).isZero();
  }
}
