package vn.congdoan.membership.command;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.BranchId;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberId;
import vn.congdoan.membership.api.RecordDepartureCommand;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.RuleViolationException;

class MemberDepartureTest {
  private static final BranchId BRANCH = new BranchId("vp-doan-dbqh");
  private static final MemberId MEMBER = new MemberId("le-van-binh");
  private static final LocalDate JOINED = LocalDate.of(2015, 9, 1);
  private static final MemberAdmittedEvent ADMITTED =
      new MemberAdmittedEvent(
          MEMBER,
          BRANCH,
          "to-1",
          "Lê Văn Bình",
          Gender.MALE,
          LocalDate.of(1964, 5, 2),
          JOINED,
          null);

  private AggregateTestFixture<Member> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Member.class);
  }

  private static RecordDepartureCommand depart(BranchId branch, LocalDate on) {
    return new RecordDepartureCommand(MEMBER, branch, DepartureReason.RETIRED, on);
  }

  @Test
  void aMemberWhoRetiresLeavesOnTheEffectiveDate() {
    fixture
        .given(ADMITTED)
        .when(depart(BRANCH, LocalDate.of(2024, 6, 1)))
        .expectEvents(
            new MemberDepartedEvent(
                MEMBER, BRANCH, DepartureReason.RETIRED, LocalDate.of(2024, 6, 1)));
  }

  @Test
  void aMemberWhoHasLeftCannotLeaveAgain() {
    fixture
        .given(
            ADMITTED,
            new MemberDepartedEvent(
                MEMBER, BRANCH, DepartureReason.RETIRED, LocalDate.of(2024, 6, 1)))
        .when(depart(BRANCH, LocalDate.of(2024, 7, 1)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Member le-van-binh already left on 2024-06-01")
        .expectNoEvents();
  }

  @Test
  void leavingBeforeJoiningIsRefused() {
    fixture
        .given(ADMITTED)
        .when(depart(BRANCH, JOINED.minusDays(1)))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void anotherBranchCannotRecordTheDeparture() {
    fixture
        .given(ADMITTED)
        .when(depart(new BranchId("another-branch"), LocalDate.of(2024, 6, 1)))
        .expectException(NotFoundException.class)
        .expectNoEvents();
  }
}
