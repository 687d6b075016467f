package vn.congdoan.finance.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.ApproveBudgetCommand;
import vn.congdoan.finance.api.BudgetApprovedEvent;
import vn.congdoan.finance.api.BudgetEstimatedEvent;
import vn.congdoan.finance.api.BudgetLine;
import vn.congdoan.finance.api.BudgetStanding;
import vn.congdoan.finance.api.EstimateBudgetCommand;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.ExpenseRecordedEvent;
import vn.congdoan.finance.api.GrantExpenseRecordedEvent;
import vn.congdoan.finance.api.RecordExpenseCommand;
import vn.congdoan.finance.command.YearBudget.Line;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.RuleViolationException;

class BudgetTest {
  private static final String B = "vp-doan-dbqh";
  private static final ExpenseCategory CARE = ExpenseCategory.MEMBER_CARE;
  private static final LocalDate APPROVED_ON = LocalDate.of(2024, 1, 15);
  private static final LocalDate DAY = LocalDate.of(2024, 3, 8);
  private static final List<BudgetLine> LINES =
      List.of(new BudgetLine(CARE, 10_000_000), new BudgetLine(ExpenseCategory.ADMINISTRATION, 0));
  private static final BudgetEstimatedEvent ESTIMATED =
      new BudgetEstimatedEvent(new BranchId(B), 2024, LINES);
  private static final BudgetApprovedEvent APPROVED =
      new BudgetApprovedEvent(new BranchId(B), 2024, APPROVED_ON, "ldld-tinh");
  private static final ExpenseRecordedEvent SPENT_8M = care("qua-8-3", 8_000_000, null);

  private AggregateTestFixture<Ledger> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Ledger.class);
  }

  private static ExpenseRecordedEvent care(String id, long amount, BudgetStanding standing) {
    return new ExpenseRecordedEvent(
        new BranchId(B),
        id,
        CARE,
        amount,
        DAY,
        null,
        standing == null ? BudgetStanding.WITHIN_BUDGET : standing);
  }

  private static RecordExpenseCommand spend(String id, long amount, boolean authorised) {
    return new RecordExpenseCommand(new BranchId(B), id, CARE, amount, DAY, null, authorised);
  }

  @Test
  void aBranchEstimatesItsBudgetAsItsFirstEntry() {
    fixture
        .givenNoPriorActivity()
        .when(new EstimateBudgetCommand(new BranchId(B), 2024, LINES))
        .expectEvents(ESTIMATED);
  }

  @Test
  void anEstimateNamingACategoryTwiceIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(
            new EstimateBudgetCommand(
                new BranchId(B), 2024, List.of(new BudgetLine(CARE, 1), new BudgetLine(CARE, 2))))
        .expectException(RuleViolationException.class);
  }

  @Test
  void theUpperUnionApprovesTheEstimate() {
    fixture
        .given(ESTIMATED)
        .when(new ApproveBudgetCommand(new BranchId(B), 2024, APPROVED_ON, "ldld-tinh"))
        .expectEvents(APPROVED);
  }

  @Test
  void approvingWithoutAnEstimateIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(new ApproveBudgetCommand(new BranchId(B), 2024, APPROVED_ON, "ldld-tinh"))
        .expectException(RuleViolationException.class);
  }

  @Test
  void approvingTwiceIsRefused() {
    fixture
        .given(ESTIMATED, APPROVED)
        .when(new ApproveBudgetCommand(new BranchId(B), 2024, APPROVED_ON, "ldld-tinh"))
        .expectException(RuleViolationException.class);
  }

  @Test
  void reEstimatingAnApprovedBudgetIsRefused() {
    fixture
        .given(ESTIMATED, APPROVED)
        .when(new EstimateBudgetCommand(new BranchId(B), 2024, LINES))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void anExpenseWithinItsApprovedLineIsRecordedAsWithinBudget() {
    fixture
        .given(ESTIMATED, APPROVED, SPENT_8M)
        .when(spend("tham-om", 2_000_000, false))
        .expectEvents(care("tham-om", 2_000_000, BudgetStanding.WITHIN_BUDGET));
  }

  @Test
  void anExpenseOverItsApprovedLineIsRefusedSayingByHowMuch() {
    fixture
        .given(ESTIMATED, APPROVED, SPENT_8M)
        .when(spend("tham-om", 2_000_001, false))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(
            Matchers.allOf(
                Matchers.containsString("MEMBER_CARE"),
                Matchers.containsString("10000000"),
                Matchers.containsString("8000000"),
                Matchers.containsString("2000001")))
        .expectNoEvents();
  }

  @Test
  void welfareGrantsCountAgainstTheMemberCareLine() {
    fixture
        .given(
            ESTIMATED,
            APPROVED,
            SPENT_8M,
            new GrantExpenseRecordedEvent(
                new BranchId(B), "grant-hieu", new GrantId("hieu"), 1_500_000, DAY))
        .when(spend("tham-om", 600_000, false))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(Matchers.containsString("9500000"));
  }

  @Test
  void anAuthorisedOverrunIsRecordedAndFlagged() {
    fixture
        .given(ESTIMATED, APPROVED, SPENT_8M)
        .when(spend("tham-om", 5_000_000, true))
        .expectEvents(care("tham-om", 5_000_000, BudgetStanding.AUTHORISED_OVERRUN));
  }

  @Test
  void withoutAnApprovedBudgetAnExpenseIsRecordedAndFlagged() {
    fixture
        .given(ESTIMATED)
        .when(spend("tham-om", 50_000_000, false))
        .expectEvents(care("tham-om", 50_000_000, BudgetStanding.NO_APPROVED_BUDGET));
  }

  @Test
  void theYearShowsTheBudgetAgainstWhatWasSpent() {
    fixture
        .given(ESTIMATED, APPROVED, SPENT_8M)
        .when(spend("tham-om", 5_000_000, true))
        .expectState(
            ledger -> {
              var y =
                  ledger.year(
                      2024,
                      DefaultRules.table(),
                      "STATE_AGENCY",
                      new SpendingRatios.Limits(45, 40, 15));
              assertThat(y.budget().status()).isEqualTo(YearBudget.Status.APPROVED);
              assertThat(y.budget().approvedOn()).isEqualTo(APPROVED_ON);
              assertThat(y.budget().lines())
                  .containsExactly(
                      new Line(CARE, 10_000_000, 13_000_000, 3_000_000),
                      new Line(ExpenseCategory.ADMINISTRATION, 0, 0, 0));
              assertThat(y.spendingRatios().broken()).isEmpty();
            });
  }
}
