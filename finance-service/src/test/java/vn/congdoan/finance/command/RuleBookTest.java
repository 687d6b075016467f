package vn.congdoan.finance.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.AddFinanceRuleCommand;
import vn.congdoan.finance.api.FinanceRule;
import vn.congdoan.finance.api.FinanceRule.RuleKind;
import vn.congdoan.finance.api.FinanceRuleAddedEvent;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.RuleViolationException;

class RuleBookTest {
  private static final FinanceRule BASE_2024 =
      DefaultRules.baseSalary(LocalDate.of(2024, 7, 1), 2_340_000L, "73/2024/NĐ-CP");
  private static final FinanceRule BASE_2026 =
      DefaultRules.baseSalary(LocalDate.of(2026, 1, 1), 2_500_000L, "test");

  private AggregateTestFixture<RuleBook> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(RuleBook.class);
  }

  @Test
  void anAdministratorsRuleIsAddedToTheBook() {
    fixture
        .givenNoPriorActivity()
        .when(new AddFinanceRuleCommand(RuleBook.ID, "base-salary-2024", BASE_2024))
        .expectEvents(new FinanceRuleAddedEvent("base-salary-2024", BASE_2024));
  }

  @Test
  void aLaterRuleSupersedesFromItsValidFrom() {
    fixture
        .given(new FinanceRuleAddedEvent("base-salary-2024", BASE_2024))
        .when(new AddFinanceRuleCommand(RuleBook.ID, "base-salary-2026", BASE_2026))
        .expectState(
            book -> {
              var day = LocalDate.of(2026, 2, 1);
              assertThat(book.inForce(RuleKind.BASE_SALARY, "OTHER", day).orElseThrow().ruleId())
                  .isEqualTo("base-salary-2026");
              assertThat(
                      book.inForce(RuleKind.BASE_SALARY, "OTHER", day.minusYears(1))
                          .orElseThrow()
                          .ruleId())
                  .isEqualTo("base-salary-2024");
            });
  }

  @Test
  void aRuleIdAlreadyInTheBookIsAConflict() {
    fixture
        .given(new FinanceRuleAddedEvent("base-salary-2024", BASE_2024))
        .when(new AddFinanceRuleCommand(RuleBook.ID, "base-salary-2024", BASE_2026))
        .expectException(ConflictException.class);
  }

  @Test
  void aRuleEndingBeforeItStartsIsRefused() {
    var backwards =
        DefaultRules.rated(
            RuleKind.UNION_FUNDING, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1), 200);
    fixture
        .givenNoPriorActivity()
        .when(new AddFinanceRuleCommand(RuleBook.ID, "funding", backwards))
        .expectException(RuleViolationException.class);
  }

  @Test
  void aRoundingRuleNeedsAWayToRound() {
    var none = DefaultRules.rounding(LocalDate.of(2026, 1, 1), java.math.RoundingMode.UNNECESSARY);
    fixture
        .givenNoPriorActivity()
        .when(new AddFinanceRuleCommand(RuleBook.ID, "rounding", none))
        .expectException(RuleViolationException.class);
  }

  @Test
  void aDuesRuleWithoutARateIsRefused() {
    var noRate = DefaultRules.rated(RuleKind.DUES, LocalDate.of(2026, 1, 1), null, null);
    fixture
        .givenNoPriorActivity()
        .when(new AddFinanceRuleCommand(RuleBook.ID, "dues", noRate))
        .expectException(RuleViolationException.class);
  }
}
