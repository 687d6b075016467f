package vn.congdoan.finance.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.DuesPaymentRequest;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.ExpenseRecordedEvent;
import vn.congdoan.finance.api.GrantExpenseParkedEvent;
import vn.congdoan.finance.api.GrantExpenseRecordedEvent;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.finance.api.ParkedEntry;
import vn.congdoan.finance.api.RecordDuesCommand;
import vn.congdoan.finance.api.RecordExpenseCommand;
import vn.congdoan.finance.api.RecordGrantExpenseCommand;
import vn.congdoan.finance.api.RecordIncomeCommand;
import vn.congdoan.finance.api.SettleYearCommand;
import vn.congdoan.finance.api.Share;
import vn.congdoan.finance.api.ShareRemittedEvent;
import vn.congdoan.finance.api.YearSettledEvent;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.RuleViolationException;

class SettlementTest {
  private static final String B = LedgerMother.BRANCH;
  private static final LocalDate SETTLED_ON = LocalDate.of(2025, 1, 15);
  private static final SpendingRatios.Limits LIMITS = new SpendingRatios.Limits(45, 40, 15);
  private static final IncomeRecordedEvent INCOME_2024 = LedgerMother.TET_SUPPORT_2024;
  private static final ExpenseRecordedEvent EXPENSE_2024 =
      LedgerMother.expense(
          B, "om", ExpenseCategory.MEMBER_CARE, 1_500_000, LocalDate.of(2024, 3, 1));
  private static final ShareRemittedEvent REMITTED_2024 =
      new ShareRemittedEvent(new BranchId(B), "q1", Share.DUES, 500_000, LocalDate.of(2024, 4, 1));
  private static final GrantExpenseRecordedEvent GRANT_2024 =
      new GrantExpenseRecordedEvent(
          new BranchId(B), "grant-g1", new GrantId("g1"), 1_000_000, LocalDate.of(2024, 5, 1));
  private static final YearSettledEvent SETTLED_2024 =
      new YearSettledEvent(
          new BranchId(B), 2024, 0, 5_000_000, 2_500_000, 500_000, 2_000_000, SETTLED_ON);

  private AggregateTestFixture<Ledger> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Ledger.class);
    fixture.registerInjectableResource(new FakeBranches().branch(B, "STATE_AGENCY"));
    fixture.registerInjectableResource((Rules) DefaultRules::table);
  }

  @Test
  void settlingAYearFreezesItsFiguresAndClosingBalance() {
    fixture
        .given(INCOME_2024, EXPENSE_2024, REMITTED_2024, GRANT_2024)
        .when(new SettleYearCommand(new BranchId(B), 2024, SETTLED_ON))
        .expectEvents(SETTLED_2024);
  }

  @Test
  void aYearIsSettledOnlyOnce() {
    fixture
        .given(INCOME_2024, SETTLED_2024)
        .when(new SettleYearCommand(new BranchId(B), 2024, SETTLED_ON.plusDays(1)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Year 2024 was already settled on 2025-01-15");
  }

  @Test
  void theYearBeforeWithEntriesMustBeSettledFirst() {
    fixture
        .given(INCOME_2024)
        .when(new SettleYearCommand(new BranchId(B), 2025, LocalDate.of(2026, 1, 10)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Year 2024 has entries and must be settled before 2025");
  }

  @Test
  void aYearWithoutEntriesBeforeItNeedsNoEarlierSettlement() {
    fixture
        .givenNoPriorActivity()
        .when(new SettleYearCommand(new BranchId(B), 2024, SETTLED_ON))
        .expectEvents(new YearSettledEvent(new BranchId(B), 2024, 0, 0, 0, 0, 0, SETTLED_ON));
  }

  @Test
  void aYearIsNotSettledBeforeItEnds() {
    fixture
        .given(INCOME_2024)
        .when(new SettleYearCommand(new BranchId(B), 2024, LocalDate.of(2024, 12, 31)))
        .expectException(RuleViolationException.class);
  }

  @Test
  void theClosingBalanceOpensTheNextSettlement() {
    fixture
        .given(
            INCOME_2024,
            EXPENSE_2024,
            REMITTED_2024,
            GRANT_2024,
            SETTLED_2024,
            LedgerMother.SPONSORSHIP_2025)
        .when(new SettleYearCommand(new BranchId(B), 2025, LocalDate.of(2026, 1, 5)))
        .expectEvents(
            new YearSettledEvent(
                new BranchId(B),
                2025,
                2_000_000,
                700_000,
                0,
                0,
                2_700_000,
                LocalDate.of(2026, 1, 5)));
  }

  @Test
  void anIncomeDatedInASettledYearIsRefused() {
    fixture
        .given(INCOME_2024, SETTLED_2024)
        .when(
            new RecordIncomeCommand(
                new BranchId(B), "late", "Muộn", 100_000, LocalDate.of(2024, 12, 30)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Year 2024 is settled");
  }

  @Test
  void anExpenseDatedInASettledYearIsRefused() {
    fixture
        .given(SETTLED_2024)
        .when(
            new RecordExpenseCommand(
                new BranchId(B),
                "x",
                ExpenseCategory.OTHER,
                1_000,
                LocalDate.of(2024, 6, 1),
                null,
                false))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Year 2024 is settled");
  }

  @Test
  void duesForAPeriodOfASettledYearAreRefused() {
    fixture
        .given(SETTLED_2024)
        .when(
            new RecordDuesCommand(
                new BranchId(B),
                YearMonth.of(2024, 12),
                List.of(new DuesPaymentRequest(new MemberId("a"), 10_000_000, null)),
                SETTLED_ON))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Year 2024 is settled");
  }

  @Test
  void aGrantDatedInASettledYearIsParkedRatherThanBooked() {
    fixture
        .given(SETTLED_2024)
        .when(
            new RecordGrantExpenseCommand(
                new BranchId(B), new GrantId("g9"), 100_000, LocalDate.of(2024, 12, 1)))
        .expectEvents(
            new GrantExpenseParkedEvent(
                new BranchId(B),
                new GrantId("g9"),
                ParkedEntry.GRANT,
                100_000,
                LocalDate.of(2024, 12, 1),
                "Year 2024 is settled"));
  }

  @Test
  void anEntryInTheNextYearIsStillRecorded() {
    fixture
        .given(INCOME_2024, SETTLED_2024)
        .when(
            new RecordIncomeCommand(
                new BranchId(B), "t2", "Tài trợ", 700_000, LocalDate.of(2025, 3, 1)))
        .expectEvents(LedgerMother.SPONSORSHIP_2025);
  }

  @Test
  void theNextYearOpensWithTheSettledClosingBalance() {
    fixture
        .given(INCOME_2024, EXPENSE_2024, REMITTED_2024, GRANT_2024, SETTLED_2024)
        .when(
            new RecordIncomeCommand(
                new BranchId(B), "t2", "Tài trợ", 700_000, LocalDate.of(2025, 3, 1)))
        .expectEvents(LedgerMother.SPONSORSHIP_2025)
        .expectState(
            ledger -> {
              FinanceYear y2025 = ledger.year(2025, DefaultRules.table(), "STATE_AGENCY", LIMITS);
              assertThat(y2025.openingBalanceVnd()).isEqualTo(2_000_000);
              assertThat(y2025.balanceVnd()).isEqualTo(2_700_000);
              assertThat(y2025.settled()).isNull();
              FinanceYear y2024 = ledger.year(2024, DefaultRules.table(), "STATE_AGENCY", LIMITS);
              assertThat(y2024.openingBalanceVnd()).isZero();
              assertThat(y2024.settled()).isEqualTo(new FinanceYear.Settled(SETTLED_ON, 2_000_000));
            });
  }
}
