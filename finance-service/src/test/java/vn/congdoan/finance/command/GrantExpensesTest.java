package vn.congdoan.finance.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
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
  private static final String CLOSED_BY_DISSOLUTION =
      "The books of branch vp-doan-dbqh closed on 2025-05-31: the branch was dissolved";
  private static final GrantExpenseRecordedEvent RECORDED = recorded(GRANT, 1_000_000, GRANTED);
  private static final GrantExpenseReversedEvent REVERSAL_IN_ITS_YEAR =
      reversed(GRANT, 1_000_000, GRANTED, 2024);
  private static final YearSettledEvent SETTLED_2024 =
      new YearSettledEvent(
          new BranchId(BRANCH), 2024, 0, 0, 1_000_000, 0, -1_000_000, LocalDate.of(2025, 1, 3));
  private static final BooksClosedEvent CLOSED =
      new BooksClosedEvent(new BranchId(BRANCH), LocalDate.of(2025, 5, 31), 0, 0);
  private static final GrantExpenseParkedEvent PARKED =
      parked(ParkedEntry.GRANT, 1_000_000, GRANTED, "x");
  private static final ParkedGrantExpenseWithdrawnEvent WITHDRAWN =
      new ParkedGrantExpenseWithdrawnEvent(new BranchId(BRANCH), new GrantId(GRANT), REVERSED);
  private static final RecordGrantExpenseCommand RECORD = recordGrant(1_000_000, GRANTED);
  private static final ReverseGrantExpenseCommand REVERSE = reverseGrant(GRANT, REVERSED);

  private final AggregateTestFixture<Ledger> fixture = new AggregateTestFixture<>(Ledger.class);

  private static RecordGrantExpenseCommand recordGrant(long amountVnd, LocalDate grantedOn) {
    return new RecordGrantExpenseCommand(
        new BranchId(BRANCH), new GrantId(GRANT), amountVnd, grantedOn);
  }

  private static ReverseGrantExpenseCommand reverseGrant(String grant, LocalDate reversedOn) {
    return new ReverseGrantExpenseCommand(new BranchId(BRANCH), new GrantId(grant), reversedOn);
  }

  private static GrantExpenseRecordedEvent recorded(String grant, long amountVnd, LocalDate on) {
    return new GrantExpenseRecordedEvent(
        new BranchId(BRANCH), "grant-" + grant, new GrantId(grant), amountVnd, on);
  }

  /** Reversed on {@link #REVERSED}, taken back on {@code bookedOn} as a correction of a year. */
  private static GrantExpenseReversedEvent reversed(
      String grant, long amountVnd, LocalDate bookedOn, Integer correctsYear) {
    return new GrantExpenseReversedEvent(
        new BranchId(BRANCH),
        "grant-" + grant,
        new GrantId(grant),
        amountVnd,
        REVERSED,
        bookedOn,
        correctsYear);
  }

  private static GrantExpenseParkedEvent parked(
      ParkedEntry entry, long amountVnd, LocalDate dated, String reason) {
    return new GrantExpenseParkedEvent(
        new BranchId(BRANCH), new GrantId(GRANT), entry, amountVnd, dated, reason);
  }

  @Test
  void aGrantOpensTheLedgerAsAMemberCareExpense() {
    fixture
        .givenNoPriorActivity()
        .when(RECORD)
        .expectEvents(RECORDED)
        .expectResultMessagePayload(GrantBooking.BOOKED);
  }

  @Test
  void aGrantIsRecordedInALedgerAlreadyOpen() {
    fixture
        .given(new IncomeRecordedEvent(new BranchId(BRANCH), "thu-1", "Tài trợ", 500_000, GRANTED))
        .when(RECORD)
        .expectEvents(RECORDED);
  }

  @Test
  void aGrantDeliveredAgainRecordsNothingAndRefusesNothing() {
    fixture
        .given(RECORDED)
        .when(RECORD)
        .expectNoEvents()
        .expectResultMessagePayload(GrantBooking.ALREADY_DONE);
  }

  @Test
  void aGrantOfNothingIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(recordGrant(0, GRANTED))
        .expectException(RuleViolationException.class);
  }

  @Test
  void aReversalWhileTheGrantsYearIsOpenTakesItBackInThatYear() {
    fixture.given(RECORDED).when(REVERSE).expectEvents(REVERSAL_IN_ITS_YEAR);
  }

  @Test
  void aReversalOnceTheGrantsYearIsSettledLandsInTheOpenYearAsItsCorrection() {
    fixture
        .given(RECORDED, SETTLED_2024)
        .when(REVERSE)
        .expectEvents(reversed(GRANT, 1_000_000, REVERSED, 2024));
  }

  @Test
  void aReversalDeliveredAgainRecordsNothing() {
    fixture
        .given(RECORDED, REVERSAL_IN_ITS_YEAR)
        .when(REVERSE)
        .expectNoEvents()
        .expectResultMessagePayload(GrantBooking.ALREADY_DONE);
  }

  @Test
  void aReversalOfAGrantNeverSeenRecordsNothing() {
    fixture
        .given(new IncomeRecordedEvent(new BranchId(BRANCH), "thu-1", "Tài trợ", 500_000, GRANTED))
        .when(reverseGrant("khong-co", REVERSED))
        .expectNoEvents()
        .expectResultMessagePayload(GrantBooking.UNKNOWN_GRANT);
  }

  @Test
  void aReversalOfAGrantNeverSeenOpensNoLedger() {
    fixture
        .givenNoPriorActivity()
        .when(reverseGrant("khong-co", REVERSED))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aGrantRecordedAgainAfterItsReversalStaysReversed() {
    fixture
        .given(RECORDED, REVERSAL_IN_ITS_YEAR)
        .when(RECORD)
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aGrantDatedInASettledYearIsParkedNotDropped() {
    fixture
        .given(SETTLED_2024)
        .when(RECORD)
        .expectEvents(parked(ParkedEntry.GRANT, 1_000_000, GRANTED, "Year 2024 is settled"))
        .expectResultMessagePayload(GrantBooking.PARKED);
  }

  @Test
  void aGrantAfterTheBooksClosedIsParked() {
    fixture
        .given(CLOSED)
        .when(recordGrant(300_000, LocalDate.of(2025, 5, 20)))
        .expectEvents(
            parked(ParkedEntry.GRANT, 300_000, LocalDate.of(2025, 5, 20), CLOSED_BY_DISSOLUTION));
  }

  @Test
  void aParkedGrantDeliveredAgainRecordsNothing() {
    fixture
        .given(SETTLED_2024, PARKED)
        .when(RECORD)
        .expectNoEvents()
        .expectResultMessagePayload(GrantBooking.ALREADY_DONE);
  }

  @Test
  void aParkedGrantThatIsReversedLeavesTheProblemList() {
    fixture
        .given(SETTLED_2024, PARKED)
        .when(REVERSE)
        .expectEvents(WITHDRAWN)
        .expectResultMessagePayload(GrantBooking.WITHDRAWN);
  }

  @Test
  void aWithdrawnGrantDeliveredAgainIsNotParkedAgain() {
    fixture
        .given(SETTLED_2024, PARKED, WITHDRAWN)
        .when(RECORD)
        .expectNoEvents()
        .expectResultMessagePayload(GrantBooking.ALREADY_DONE);
    fixture
        .given(SETTLED_2024, PARKED, WITHDRAWN)
        .when(REVERSE)
        .expectNoEvents()
        .expectResultMessagePayload(GrantBooking.ALREADY_DONE);
  }

  @Test
  void aReversalAfterTheBooksClosedIsParked() {
    fixture
        .given(RECORDED, SETTLED_2024, CLOSED)
        .when(reverseGrant(GRANT, LocalDate.of(2025, 6, 2)))
        .expectEvents(
            parked(
                ParkedEntry.REVERSAL, 1_000_000, LocalDate.of(2025, 6, 2), CLOSED_BY_DISSOLUTION));
  }

  @Test
  void aYearCountsItsGrantsLessTheReversalsBookedInIt() {
    var expenses = new GrantExpenses(null);
    expenses.on(RECORDED);
    expenses.on(recorded("g2", 300_000, REVERSED));
    expenses.on(recorded("g3", 200_000, GRANTED));
    // g1 corrected in its own year; g3 in 2025, after 2024 was settled.
    expenses.on(REVERSAL_IN_ITS_YEAR);
    expenses.on(reversed("g3", 200_000, REVERSED, 2024));

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
    expenses.on(reversed(GRANT, 1_000_000, null, null));

    assertThat(expenses.spentIn(2024)).isEqualTo(1_000_000);
    assertThat(expenses.spentIn(2025)).isEqualTo(-1_000_000);
  }
}
