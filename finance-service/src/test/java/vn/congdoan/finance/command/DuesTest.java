package vn.congdoan.finance.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
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

  private ResultValidator<Ledger> recordingDues(YearMonth period, DuesPaymentRequest... payments) {
    return fixture.givenNoPriorActivity().when(dues(period, payments));
  }

  /** A payment asked without an amount, so the rule in force decides it. */
  private static DuesPaymentRequest onSalary(String member, long salaryVnd) {
    return new DuesPaymentRequest(new MemberId(member), salaryVnd, null);
  }

  private static DuesPaymentRequest paying(String member, long salaryVnd, long amountVnd) {
    return new DuesPaymentRequest(new MemberId(member), salaryVnd, amountVnd);
  }

  private static DuesPayment paid(String member, long salaryVnd, long standardVnd, long amountVnd) {
    return new DuesPayment(new MemberId(member), salaryVnd, standardVnd, amountVnd);
  }

  private static DuesPaymentRequest waiving(String member, long salaryVnd, DuesWaiver waiver) {
    return new DuesPaymentRequest(new MemberId(member), salaryVnd, null, waiver);
  }

  private static DuesPayment waived(String member, long salaryVnd, DuesWaiver waiver) {
    return DuesPayment.waived(new MemberId(member), salaryVnd, waiver);
  }

  private static UnionFundingRecordedEvent augustUnionFunding() {
    return new UnionFundingRecordedEvent(
        new BranchId(BRANCH), AUGUST, 250_000_000, 5_000_000, 5_000_000, "union-funding-2pct");
  }

  @Test
  void duesLeftOutAreComputedFromTheRuleInForce() {
    recordingDues(AUGUST, onSalary("le-van-binh", 10_000_000), onSalary("pham-van-an", 60_000_000))
        .expectEvents(
            recorded(
                AUGUST,
                paid("le-van-binh", 10_000_000, 50_000, 50_000),
                paid("pham-van-an", 60_000_000, 234_000, 234_000)));
  }

  @Test
  void moreThanTheStandardIsKeptAsPaid() {
    recordingDues(AUGUST, paying("le-van-binh", 10_000_000, 80_000))
        .expectEvents(recorded(AUGUST, paid("le-van-binh", 10_000_000, 50_000, 80_000)));
  }

  @Test
  void lessThanTheStandardIsRefused() {
    recordingDues(AUGUST, paying("le-van-binh", 10_000_000, 49_999))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("le-van-binh"))
        .expectNoEvents();
  }

  @Test
  void aMemberPaidForTheMonthAlreadyIsAConflictNamingThem() {
    fixture
        .given(recorded(AUGUST, paid("le-van-binh", 10_000_000, 50_000, 50_000)))
        .when(dues(AUGUST, onSalary("le-van-binh", 10_000_000)))
        .expectException(ConflictException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("le-van-binh"));
  }

  @Test
  void aMemberTwiceInOnePaymentListIsAConflict() {
    recordingDues(AUGUST, onSalary("le-van-binh", 10_000_000), onSalary("le-van-binh", 10_000_000))
        .expectException(ConflictException.class);
  }

  @Test
  void aMemberWhoLeftBeforeTheMonthIsRefusedByName() {
    recordingDues(YearMonth.of(2025, 9), onSalary("tran-thi-mai", 9_000_000))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("tran-thi-mai"))
        .expectNoEvents();
  }

  @Test
  void aMemberWhoLeftDuringTheMonthStillPaysForIt() {
    recordingDues(YearMonth.of(2025, 7), onSalary("tran-thi-mai", 9_000_000))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void aMemberNotYetJoinedIsRefused() {
    recordingDues(YearMonth.of(2025, 7), onSalary("pham-van-an", 9_000_000))
        .expectException(RuleViolationException.class);
  }

  @Test
  void anUnknownMemberIsRefusedByName() {
    recordingDues(AUGUST, onSalary("nguoi-la", 9_000_000))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("nguoi-la"));
  }

  @Test
  void aWaivedMonthIsRecordedAtZeroWithItsReason() {
    recordingDues(
            AUGUST,
            onSalary("le-van-binh", 10_000_000),
            waiving("pham-van-an", 9_000_000, DuesWaiver.SOCIAL_INSURANCE_BENEFITS))
        .expectEvents(
            recorded(
                AUGUST,
                paid("le-van-binh", 10_000_000, 50_000, 50_000),
                waived("pham-van-an", 9_000_000, DuesWaiver.SOCIAL_INSURANCE_BENEFITS)));
  }

  @Test
  void anUnpaidMonthIsWaivedWithoutASalary() {
    recordingDues(AUGUST, waiving("le-van-binh", 0, DuesWaiver.UNPAID_MONTH))
        .expectEvents(recorded(AUGUST, waived("le-van-binh", 0, DuesWaiver.UNPAID_MONTH)));
  }

  @Test
  void aWaiverWithAnAmountIsRefused() {
    recordingDues(
            AUGUST,
            new DuesPaymentRequest(
                new MemberId("le-van-binh"), 10_000_000, 50_000L, DuesWaiver.UNPAID_MONTH))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("le-van-binh"))
        .expectNoEvents();
  }

  @Test
  void aWaivedMonthCannotBePaidAgain() {
    fixture
        .given(recorded(AUGUST, waived("le-van-binh", 0, DuesWaiver.UNPAID_MONTH)))
        .when(dues(AUGUST, onSalary("le-van-binh", 10_000_000)))
        .expectException(ConflictException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("le-van-binh"));
  }

  @Test
  void aWaivedMonthOwesNothingUpward() {
    fixture
        .given(
            recorded(
                AUGUST,
                paid("le-van-binh", 10_000_000, 50_000, 50_000),
                waived("pham-van-an", 9_000_000, DuesWaiver.SOCIAL_INSURANCE_BENEFITS)))
        .when(dues(YearMonth.of(2025, 9), onSalary("le-van-binh", 10_000_000)))
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
        .expectEvents(augustUnionFunding());
  }

  @Test
  void unionFundingTwiceForAMonthIsAConflict() {
    fixture
        .given(augustUnionFunding())
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
