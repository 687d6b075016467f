package vn.congdoan.finance.command;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.finance.api.RecordIncomeCommand;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.RuleViolationException;

class LedgerTest {
  private static final String BRANCH = "vp-doan-dbqh";
  private static final String SOURCE = "Ủng hộ của Ban Giám đốc nhân dịp Tết Nguyên đán";
  private static final LocalDate RECEIVED_ON = LocalDate.of(2025, 1, 20);
  private static final IncomeRecordedEvent FIRST =
      new IncomeRecordedEvent(
          new BranchId(BRANCH), "ung-ho-tet-2025", SOURCE, 5_000_000, RECEIVED_ON);

  private AggregateTestFixture<Ledger> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Ledger.class);
  }

  @Test
  void theFirstIncomeOfABranchOpensItsLedger() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RecordIncomeCommand(
                new BranchId(BRANCH), "ung-ho-tet-2025", SOURCE, 5_000_000, RECEIVED_ON))
        .expectSuccessfulHandlerExecution()
        .expectEvents(FIRST);
  }

  @Test
  void furtherIncomeIsRecordedInTheSameLedger() {
    var next =
        new IncomeRecordedEvent(
            new BranchId(BRANCH),
            "thanh-ly-tai-san",
            "Thanh lý tài sản cũ của Công đoàn",
            1_200_000,
            LocalDate.of(2025, 2, 3));
    fixture
        .given(FIRST)
        .when(
            new RecordIncomeCommand(
                new BranchId(BRANCH),
                next.incomeId(),
                next.source(),
                next.amountVnd(),
                next.receivedOn()))
        .expectSuccessfulHandlerExecution()
        .expectEvents(next);
  }

  @Test
  void anIncomeIdAlreadyRecordedIsAConflict() {
    fixture
        .given(FIRST)
        .when(
            new RecordIncomeCommand(
                new BranchId(BRANCH), "ung-ho-tet-2025", "Khoản thu khác", 100_000, RECEIVED_ON))
        .expectException(ConflictException.class)
        .expectNoEvents();
  }

  @Test
  void aZeroIncomeIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RecordIncomeCommand(
                new BranchId(BRANCH), "ung-ho-tet-2025", SOURCE, 0, RECEIVED_ON))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void aNegativeIncomeIsRefused() {
    fixture
        .given(FIRST)
        .when(
            new RecordIncomeCommand(
                new BranchId(BRANCH), "hoan-tra", SOURCE, -5_000_000, RECEIVED_ON))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }
}
