package vn.congdoan.finance.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.ApproveBudgetCommand;
import vn.congdoan.finance.api.BooksClosedEvent;
import vn.congdoan.finance.api.BudgetEstimatedEvent;
import vn.congdoan.finance.api.BudgetLine;
import vn.congdoan.finance.api.CloseBooksCommand;
import vn.congdoan.finance.api.EstimateBudgetCommand;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.ExpenseRecordedEvent;
import vn.congdoan.finance.api.GrantExpenseParkedEvent;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.finance.api.ParkedEntry;
import vn.congdoan.finance.api.RecordGrantExpenseCommand;
import vn.congdoan.finance.api.RecordIncomeCommand;
import vn.congdoan.finance.api.RemitShareCommand;
import vn.congdoan.finance.api.SettleYearCommand;
import vn.congdoan.finance.api.Share;
import vn.congdoan.finance.api.YearSettledEvent;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.RuleViolationException;

class BooksClosingTest {
  private static final String B = LedgerMother.BRANCH;
  private static final LocalDate CLOSED_ON = LocalDate.of(2025, 5, 31);
  private static final String WHY = "Công văn 4133/TLĐ-ToC";
  private static final String DISSOLVED =
      "The books of branch " + B + " closed on " + CLOSED_ON + ": the branch was dissolved";
  private static final IncomeRecordedEvent INCOME_2024 = LedgerMother.TET_SUPPORT_2024;
  private static final YearSettledEvent SETTLED_2024 =
      new YearSettledEvent(
          new BranchId(B), 2024, 0, 5_000_000, 0, 0, 5_000_000, LocalDate.of(2025, 1, 15));
  private static final IncomeRecordedEvent INCOME_2025 = LedgerMother.SPONSORSHIP_2025;
  private static final ExpenseRecordedEvent EXPENSE_2025 =
      LedgerMother.expense(
          B, "om", ExpenseCategory.MEMBER_CARE, 1_200_000, LocalDate.of(2025, 4, 1));
  private static final BooksClosedEvent CLOSED =
      new BooksClosedEvent(new BranchId(B), CLOSED_ON, 4_500_000, 4_500_000);

  private AggregateTestFixture<Ledger> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Ledger.class);
  }

  @Test
  void closingHandsTheWholeBalanceOverToTheUpperUnion() {
    fixture
        .given(INCOME_2024, SETTLED_2024, INCOME_2025, EXPENSE_2025)
        .when(new CloseBooksCommand(new BranchId(B), CLOSED_ON, WHY))
        .expectEvents(CLOSED);
  }

  @Test
  void booksInDeficitHandNothingOver() {
    fixture
        .given(EXPENSE_2025)
        .when(new CloseBooksCommand(new BranchId(B), CLOSED_ON, WHY))
        .expectEvents(new BooksClosedEvent(new BranchId(B), CLOSED_ON, -1_200_000, 0));
  }

  @Test
  void aBranchThatRecordedNothingHasItsEmptyBooksClosed() {
    fixture
        .givenNoPriorActivity()
        .when(new CloseBooksCommand(new BranchId(B), CLOSED_ON, WHY))
        .expectEvents(new BooksClosedEvent(new BranchId(B), CLOSED_ON, 0, 0));
  }

  @Test
  void aDissolutionDeliveredAgainClosesNothing() {
    fixture
        .given(INCOME_2025, CLOSED)
        .when(new CloseBooksCommand(new BranchId(B), CLOSED_ON, WHY))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void anIncomeAfterTheClosingIsRefused() {
    fixture
        .given(INCOME_2025, CLOSED)
        .when(
            new RecordIncomeCommand(
                new BranchId(B), "late", "Muộn", 100_000, LocalDate.of(2025, 6, 3)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(DISSOLVED);
  }

  @Test
  void aRemittanceDatedBeforeTheClosingIsRefusedToo() {
    fixture
        .given(INCOME_2025, CLOSED)
        .when(
            new RemitShareCommand(
                new BranchId(B), "r", Share.DUES, 100_000, LocalDate.of(2025, 5, 1)))
        .expectException(RuleViolationException.class);
  }

  @Test
  void aGrantAfterTheClosingIsParkedRatherThanBooked() {
    fixture
        .given(CLOSED)
        .when(
            new RecordGrantExpenseCommand(
                new BranchId(B), new GrantId("g1"), 100_000, LocalDate.of(2025, 6, 2)))
        .expectEvents(
            new GrantExpenseParkedEvent(
                new BranchId(B),
                new GrantId("g1"),
                ParkedEntry.GRANT,
                100_000,
                LocalDate.of(2025, 6, 2),
                DISSOLVED));
  }

  @Test
  void aBudgetIsNeitherEstimatedNorApprovedAfterTheClosing() {
    fixture
        .given(CLOSED)
        .when(
            new EstimateBudgetCommand(
                new BranchId(B), 2025, List.of(new BudgetLine(ExpenseCategory.OTHER, 1_000_000))))
        .expectException(RuleViolationException.class);
    fixture
        .given(
            new BudgetEstimatedEvent(
                new BranchId(B), 2025, List.of(new BudgetLine(ExpenseCategory.OTHER, 1_000_000))),
            CLOSED)
        .when(new ApproveBudgetCommand(new BranchId(B), 2025, LocalDate.of(2025, 6, 3), "staff"))
        .expectException(RuleViolationException.class);
  }

  @Test
  void noYearIsSettledAfterTheClosing() {
    fixture
        .given(INCOME_2025, CLOSED)
        .when(new SettleYearCommand(new BranchId(B), 2025, LocalDate.of(2026, 1, 5)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(DISSOLVED);
  }
}
