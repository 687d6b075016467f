package vn.congdoan.finance.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.BooksClosedEvent;
import vn.congdoan.finance.api.GrantExpenseParkedEvent;
import vn.congdoan.finance.api.GrantExpenseRecordedEvent;
import vn.congdoan.finance.api.GrantExpenseReversedEvent;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.finance.api.ParkedEntry;
import vn.congdoan.finance.api.ParkedGrantExpenseWithdrawnEvent;
import vn.congdoan.finance.api.RecordGrantExpenseCommand;
import vn.congdoan.finance.api.ReverseGrantExpenseCommand;
import vn.congdoan.finance.api.YearSettledEvent;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.RuleViolationException;

class GrantExpensesTest {
  private static final String BRANCH = "vp-doan-dbqh";
  private static final String GRANT = "om-dau-1";
  private static final LocalDate GRANTED = LocalDate.of(2024, 12, 20);
  private static final LocalDate REVERSED = LocalDate.of(2025, 1, 6);
  private static final GrantExpenseRecordedEvent RECORDED =
      new GrantExpenseRecordedEvent(
          new BranchId(BRANCH), "grant-" + GRANT, new GrantId(GRANT), 1_000_000, GRANTED);
  private static final GrantExpenseReversedEvent REVERSAL_IN_ITS_YEAR =
      new GrantExpenseReversedEvent(
          new BranchId(BRANCH),
          "grant-" + GRANT,
          new GrantId(GRANT),
          1_000_000,
          REVERSED,
          GRANTED,
          2024);
  private static final YearSettledEvent SETTLED_2024 =
      new YearSettledEvent(
          new BranchId(BRANCH), 2024, 0, 0, 1_000_000, 0, -1_000_000, LocalDate.of(2025, 1, 3));
  private static final BooksClosedEvent CLOSED =
      new BooksClosedEvent(new BranchId(BRANCH), LocalDate.of(2025, 5, 31), 0, 0);

  private AggregateTestFixture<Ledger> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Ledger.class);
  }

  @Test
  void aGrantOpensTheLedgerAsAMemberCareExpense() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RecordGrantExpenseCommand(
                new BranchId(BRANCH), new GrantId(GRANT), 1_000_000, GRANTED))
        .expectEvents(RECORDED)
        .expectResultMessagePayload(GrantBooking.BOOKED);
  }

  @Test
  void aGrantIsRecordedInALedgerAlreadyOpen() {
    fixture
        .given(new IncomeRecordedEvent(new BranchId(BRANCH), "thu-1", "Tài trợ", 500_000, GRANTED))
        .when(
            new RecordGrantExpenseCommand(
                new BranchId(BRANCH), new GrantId(GRANT), 1_000_000, GRANTED))
        .expectEvents(RECORDED);
  }

  @Test
  void aGrantDeliveredAgainRecordsNothingAndRefusesNothing() {
    fixture
        .given(RECORDED)
        .when(
            new RecordGrantExpenseCommand(
                new BranchId(BRANCH), new GrantId(GRANT), 1_000_000, GRANTED))
        .expectNoEvents()
        .expectResultMessagePayload(GrantBooking.ALREADY_DONE);
  }

  @Test
  void aGrantOfNothingIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordGrantExpenseCommand(new BranchId(BRANCH), new GrantId(GRANT), 0, GRANTED))
        .expectException(RuleViolationException.class);
  }

  @Test
  void aReversalWhileTheGrantsYearIsOpenTakesItBackInThatYear() {
    fixture
        .given(RECORDED)
        .when(new ReverseGrantExpenseCommand(new BranchId(BRANCH), new GrantId(GRANT), REVERSED))
        .expectEvents(REVERSAL_IN_ITS_YEAR);
  }

  @Test
  void aReversalOnceTheGrantsYearIsSettledLandsInTheOpenYearAsItsCorrection() {
    fixture
        .given(RECORDED, SETTLED_2024)
        .when(new ReverseGrantExpenseCommand(new BranchId(BRANCH), new GrantId(GRANT), REVERSED))
        .expectEvents(
            new GrantExpenseReversedEvent(
                new BranchId(BRANCH),
                "grant-" + GRANT,
                new GrantId(GRANT),
                1_000_000,
                REVERSED,
                REVERSED,
                2024));
  }

  @Test
  void aReversalDeliveredAgainRecordsNothing() {
    fixture
        .given(RECORDED, REVERSAL_IN_ITS_YEAR)
        .when(new ReverseGrantExpenseCommand(new BranchId(BRANCH), new GrantId(GRANT), REVERSED))
        .expectNoEvents()
        .expectResultMessagePayload(GrantBooking.ALREADY_DONE);
  }

  @Test
  void aReversalOfAGrantNeverSeenRecordsNothing() {
    fixture
        .given(new IncomeRecordedEvent(new BranchId(BRANCH), "thu-1", "Tài trợ", 500_000, GRANTED))
        .when(
            new ReverseGrantExpenseCommand(new BranchId(BRANCH), new GrantId("khong-co"), REVERSED))
        .expectNoEvents()
        .expectResultMessagePayload(GrantBooking.UNKNOWN_GRANT);
  }

  @Test
  void aReversalOfAGrantNeverSeenOpensNoLedger() {
    fixture
        .givenNoPriorActivity()
        .when(
            new ReverseGrantExpenseCommand(new BranchId(BRANCH), new GrantId("khong-co"), REVERSED))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aGrantRecordedAgainAfterItsReversalStaysReversed() {
    fixture
        .given(RECORDED, REVERSAL_IN_ITS_YEAR)
        .when(
            new RecordGrantExpenseCommand(
                new BranchId(BRANCH), new GrantId(GRANT), 1_000_000, GRANTED))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aGrantDatedInASettledYearIsParkedNotDropped() {
    fixture
        .given(SETTLED_2024)
        .when(
            new RecordGrantExpenseCommand(
                new BranchId(BRANCH), new GrantId(GRANT), 1_000_000, GRANTED))
        .expectEvents(
            new GrantExpenseParkedEvent(
                new BranchId(BRANCH),
                new GrantId(GRANT),
                ParkedEntry.GRANT,
                1_000_000,
                GRANTED,
                "Year 2024 is settled"))
        .expectResultMessagePayload(GrantBooking.PARKED);
  }

  @Test
  void aGrantAfterTheBooksClosedIsParked() {
    fixture
        .given(CLOSED)
        .when(
            new RecordGrantExpenseCommand(
                new BranchId(BRANCH), new GrantId(GRANT), 300_000, LocalDate.of(2025, 5, 20)))
        .expectEvents(
            new GrantExpenseParkedEvent(
                new BranchId(BRANCH),
                new GrantId(GRANT),
                ParkedEntry.GRANT,
                300_000,
                LocalDate.of(2025, 5, 20),
                "The books of branch vp-doan-dbqh closed on 2025-05-31: the branch was dissolved"));
  }

  @Test
  void aParkedGrantDeliveredAgainRecordsNothing() {
    var parked =
        new GrantExpenseParkedEvent(
            new BranchId(BRANCH), new GrantId(GRANT), ParkedEntry.GRANT, 1_000_000, GRANTED, "x");
    fixture
        .given(SETTLED_2024, parked)
        .when(
            new RecordGrantExpenseCommand(
                new BranchId(BRANCH), new GrantId(GRANT), 1_000_000, GRANTED))
        .expectNoEvents()
        .expectResultMessagePayload(GrantBooking.ALREADY_DONE);
  }

  @Test
  void aParkedGrantThatIsReversedLeavesTheProblemList() {
    var parked =
        new GrantExpenseParkedEvent(
            new BranchId(BRANCH), new GrantId(GRANT), ParkedEntry.GRANT, 1_000_000, GRANTED, "x");
    fixture
        .given(SETTLED_2024, parked)
        .when(new ReverseGrantExpenseCommand(new BranchId(BRANCH), new GrantId(GRANT), REVERSED))
        .expectEvents(
            new ParkedGrantExpenseWithdrawnEvent(
                new BranchId(BRANCH), new GrantId(GRANT), REVERSED))
        .expectResultMessagePayload(GrantBooking.WITHDRAWN);
  }

  @Test
  void aWithdrawnGrantDeliveredAgainIsNotParkedAgain() {
    var parked =
        new GrantExpenseParkedEvent(
            new BranchId(BRANCH), new GrantId(GRANT), ParkedEntry.GRANT, 1_000_000, GRANTED, "x");
    var withdrawn =
        new ParkedGrantExpenseWithdrawnEvent(new BranchId(BRANCH), new GrantId(GRANT), REVERSED);
    fixture
        .given(SETTLED_2024, parked, withdrawn)
        .when(
            new RecordGrantExpenseCommand(
                new BranchId(BRANCH), new GrantId(GRANT), 1_000_000, GRANTED))
        .expectNoEvents()
        .expectResultMessagePayload(GrantBooking.ALREADY_DONE);
    fixture
        .given(SETTLED_2024, parked, withdrawn)
        .when(new ReverseGrantExpenseCommand(new BranchId(BRANCH), new GrantId(GRANT), REVERSED))
        .expectNoEvents()
        .expectResultMessagePayload(GrantBooking.ALREADY_DONE);
  }

  @Test
  void aReversalAfterTheBooksClosedIsParked() {
    fixture
        .given(RECORDED, SETTLED_2024, CLOSED)
        .when(
            new ReverseGrantExpenseCommand(
                new BranchId(BRANCH), new GrantId(GRANT), LocalDate.of(2025, 6, 2)))
        .expectEvents(
            new GrantExpenseParkedEvent(
                new BranchId(BRANCH),
                new GrantId(GRANT),
                ParkedEntry.REVERSAL,
                1_000_000,
                LocalDate.of(2025, 6, 2),
                "The books of branch vp-doan-dbqh closed on 2025-05-31: the branch was dissolved"));
  }

  @Test
  void aYearCountsItsGrantsLessTheReversalsBookedInIt() {
    var expenses = new GrantExpenses(null);
    expenses.on(RECORDED);
    expenses.on(
        new GrantExpenseRecordedEvent(
            new BranchId(BRANCH), "grant-g2", new GrantId("g2"), 300_000, REVERSED));
    expenses.on(
        new GrantExpenseRecordedEvent(
            new BranchId(BRANCH), "grant-g3", new GrantId("g3"), 200_000, GRANTED));
    // g1 corrected in its own year; g3 in 2025, after 2024 was settled.
    expenses.on(REVERSAL_IN_ITS_YEAR);
    expenses.on(
        new GrantExpenseReversedEvent(
            new BranchId(BRANCH),
            "grant-g3",
            new GrantId("g3"),
            200_000,
            REVERSED,
            REVERSED,
            2024));

    assertThat(expenses.spentIn(2024)).isEqualTo(200_000);
    assertThat(expenses.spentIn(2025)).isEqualTo(300_000 - 200_000);
    assertThat(expenses.correctionsIn(2025))
        .containsExactly(new GrantExpenses.Correction(2024, 1, -200_000));
    assertThat(expenses.correctionsIn(2024)).isEmpty();
    assertThat(expenses.spentIn(2023)).isZero();
  }

  @Test
  void aRevisionOneReversalCountsOnTheDayItWasMade() {
    var expenses = new GrantExpenses(null);
    expenses.on(RECORDED);
    expenses.on(
        new GrantExpenseReversedEvent(
            new BranchId(BRANCH),
            "grant-" + GRANT,
            new GrantId(GRANT),
            1_000_000,
            REVERSED,
            null,
            null));

    assertThat(expenses.spentIn(2024)).isEqualTo(1_000_000);
    assertThat(expenses.spentIn(2025)).isEqualTo(-1_000_000);
  }
}
