package vn.congdoan.finance.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.DuesPayment;
import vn.congdoan.finance.api.DuesPaymentRequest;
import vn.congdoan.finance.api.DuesRecordedEvent;
import vn.congdoan.finance.api.DuesWaiver;
import vn.congdoan.finance.api.RecordDuesCommand;
import vn.congdoan.finance.api.RecordUnionFundingCommand;
import vn.congdoan.finance.api.UnionFundingRecordedEvent;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.RuleViolationException;

class DuesTest {
  private static final String BRANCH = "cty-may-thanh-hoa";
  private static final YearMonth AUGUST = YearMonth.of(2025, 8);
  private static final LocalDate TODAY = LocalDate.of(2025, 9, 5);

  private AggregateTestFixture<Ledger> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Ledger.class);
    fixture.registerInjectableResource(
        new FakeBranches()
            .branch(BRANCH, "NON_STATE_ENTERPRISE")
            .member(BRANCH, "le-van-binh", LocalDate.of(2010, 5, 1), null)
            .member(BRANCH, "tran-thi-mai", LocalDate.of(2012, 1, 1), LocalDate.of(2025, 8, 1))
            .member(BRANCH, "pham-van-an", LocalDate.of(2025, 8, 31), null));
    fixture.registerInjectableResource((Rules) DefaultRules::table);
  }

  private static RecordDuesCommand dues(YearMonth period, DuesPaymentRequest... payments) {
    return new RecordDuesCommand(new BranchId(BRANCH), period, List.of(payments), TODAY);
  }

  private static DuesRecordedEvent recorded(YearMonth period, DuesPayment... payments) {
    return new DuesRecordedEvent(
        new BranchId(BRANCH), period, List.of(payments), "dues-61-2025", TODAY);
  }

  @Test
  void duesLeftOutAreComputedFromTheRuleInForce() {
    fixture
        .givenNoPriorActivity()
        .when(
            dues(
                AUGUST,
                new DuesPaymentRequest(new MemberId("le-van-binh"), 10_000_000, null),
                new DuesPaymentRequest(new MemberId("pham-van-an"), 60_000_000, null)))
        .expectEvents(
            recorded(
                AUGUST,
                new DuesPayment(new MemberId("le-van-binh"), 10_000_000, 50_000, 50_000),
                new DuesPayment(new MemberId("pham-van-an"), 60_000_000, 234_000, 234_000)));
  }

  @Test
  void moreThanTheStandardIsKeptAsPaid() {
    fixture
        .givenNoPriorActivity()
        .when(
            dues(AUGUST, new DuesPaymentRequest(new MemberId("le-van-binh"), 10_000_000, 80_000L)))
        .expectEvents(
            recorded(
                AUGUST, new DuesPayment(new MemberId("le-van-binh"), 10_000_000, 50_000, 80_000)));
  }

  @Test
  void lessThanTheStandardIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(
            dues(AUGUST, new DuesPaymentRequest(new MemberId("le-van-binh"), 10_000_000, 49_999L)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("le-van-binh"))
        .expectNoEvents();
  }

  @Test
  void aMemberPaidForTheMonthAlreadyIsAConflictNamingThem() {
    fixture
        .given(
            recorded(
                AUGUST, new DuesPayment(new MemberId("le-van-binh"), 10_000_000, 50_000, 50_000)))
        .when(dues(AUGUST, new DuesPaymentRequest(new MemberId("le-van-binh"), 10_000_000, null)))
        .expectException(ConflictException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("le-van-binh"));
  }

  @Test
  void aMemberTwiceInOnePaymentListIsAConflict() {
    fixture
        .givenNoPriorActivity()
        .when(
            dues(
                AUGUST,
                new DuesPaymentRequest(new MemberId("le-van-binh"), 10_000_000, null),
                new DuesPaymentRequest(new MemberId("le-van-binh"), 10_000_000, null)))
        .expectException(ConflictException.class);
  }

  @Test
  void aMemberWhoLeftBeforeTheMonthIsRefusedByName() {
    fixture
        .givenNoPriorActivity()
        .when(
            dues(
                YearMonth.of(2025, 9),
                new DuesPaymentRequest(new MemberId("tran-thi-mai"), 9_000_000, null)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("tran-thi-mai"))
        .expectNoEvents();
  }

  @Test
  void aMemberWhoLeftDuringTheMonthStillPaysForIt() {
    fixture
        .givenNoPriorActivity()
        .when(
            dues(
                YearMonth.of(2025, 7),
                new DuesPaymentRequest(new MemberId("tran-thi-mai"), 9_000_000, null)))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void aMemberNotYetJoinedIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(
            dues(
                YearMonth.of(2025, 7),
                new DuesPaymentRequest(new MemberId("pham-van-an"), 9_000_000, null)))
        .expectException(RuleViolationException.class);
  }

  @Test
  void anUnknownMemberIsRefusedByName() {
    fixture
        .givenNoPriorActivity()
        .when(dues(AUGUST, new DuesPaymentRequest(new MemberId("nguoi-la"), 9_000_000, null)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("nguoi-la"));
  }

  @Test
  void aWaivedMonthIsRecordedAtZeroWithItsReason() {
    fixture
        .givenNoPriorActivity()
        .when(
            dues(
                AUGUST,
                new DuesPaymentRequest(new MemberId("le-van-binh"), 10_000_000, null),
                new DuesPaymentRequest(
                    new MemberId("pham-van-an"),
                    9_000_000,
                    null,
                    DuesWaiver.SOCIAL_INSURANCE_BENEFITS)))
        .expectEvents(
            recorded(
                AUGUST,
                new DuesPayment(new MemberId("le-van-binh"), 10_000_000, 50_000, 50_000),
                new DuesPayment(
                    new MemberId("pham-van-an"),
                    9_000_000,
                    0,
                    0,
                    DuesWaiver.SOCIAL_INSURANCE_BENEFITS)));
  }

  @Test
  void anUnpaidMonthIsWaivedWithoutASalary() {
    fixture
        .givenNoPriorActivity()
        .when(
            dues(
                AUGUST,
                new DuesPaymentRequest(
                    new MemberId("le-van-binh"), 0, null, DuesWaiver.UNPAID_MONTH)))
        .expectEvents(
            recorded(
                AUGUST,
                DuesPayment.waived(new MemberId("le-van-binh"), 0, DuesWaiver.UNPAID_MONTH)));
  }

  @Test
  void aWaiverWithAnAmountIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(
            dues(
                AUGUST,
                new DuesPaymentRequest(
                    new MemberId("le-van-binh"), 10_000_000, 50_000L, DuesWaiver.UNPAID_MONTH)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("le-van-binh"))
        .expectNoEvents();
  }

  @Test
  void aWaivedMonthCannotBePaidAgain() {
    fixture
        .given(
            recorded(
                AUGUST,
                DuesPayment.waived(new MemberId("le-van-binh"), 0, DuesWaiver.UNPAID_MONTH)))
        .when(dues(AUGUST, new DuesPaymentRequest(new MemberId("le-van-binh"), 10_000_000, null)))
        .expectException(ConflictException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("le-van-binh"));
  }

  @Test
  void aWaivedMonthOwesNothingUpward() {
    fixture
        .given(
            recorded(
                AUGUST,
                new DuesPayment(new MemberId("le-van-binh"), 10_000_000, 50_000, 50_000),
                DuesPayment.waived(
                    new MemberId("pham-van-an"), 9_000_000, DuesWaiver.SOCIAL_INSURANCE_BENEFITS)))
        .when(
            dues(
                YearMonth.of(2025, 9),
                new DuesPaymentRequest(new MemberId("le-van-binh"), 10_000_000, null)))
        .expectSuccessfulHandlerExecution()
        .expectState(
            ledger -> {
              var limits = new SpendingRatios.Limits(45, 40, 15);
              FinanceYear y =
                  ledger.year(2025, DefaultRules.table(), "NON_STATE_ENTERPRISE", limits);
              // Two paid months of 50,000 each, 30% of them owed upward (1408/QĐ-TLĐ).
              assertThat(y.income().duesVnd()).isEqualTo(100_000);
              assertThat(y.owed().duesVnd()).isEqualTo(30_000);
            });
  }

  @Test
  void unionFundingLeftOutIsTwoPercentOfThePayroll() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordUnionFundingCommand(new BranchId(BRANCH), AUGUST, 250_000_000, null))
        .expectEvents(
            new UnionFundingRecordedEvent(
                new BranchId(BRANCH),
                AUGUST,
                250_000_000,
                5_000_000,
                5_000_000,
                "union-funding-2pct"));
  }

  @Test
  void unionFundingTwiceForAMonthIsAConflict() {
    fixture
        .given(
            new UnionFundingRecordedEvent(
                new BranchId(BRANCH),
                AUGUST,
                250_000_000,
                5_000_000,
                5_000_000,
                "union-funding-2pct"))
        .when(new RecordUnionFundingCommand(new BranchId(BRANCH), AUGUST, 250_000_000, 5_000_000L))
        .expectException(ConflictException.class);
  }

  @Test
  void aZeroPayrollIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordUnionFundingCommand(new BranchId(BRANCH), AUGUST, 0, null))
        .expectException(RuleViolationException.class);
  }
}
