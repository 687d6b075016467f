package vn.congdoan.membership.command;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.AdmitMemberCommand;
import vn.congdoan.membership.api.BranchId;
import vn.congdoan.membership.api.BranchRegisteredEvent;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupAddedEvent;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberId;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.platform.api.RuleViolationException;

class MemberCommandHandlerTest {
  private static final BranchId BRANCH = new BranchId("vp-doan-dbqh");
  private static final MemberId MEMBER = new MemberId("nguyen-thi-hoa");

  private AggregateTestFixture<Member> members;
  private AggregateTestFixture<Branch> branches;

  @BeforeEach
  void setUp() {
    members = new AggregateTestFixture<>(Member.class);
    branches = new AggregateTestFixture<>(Branch.class);
    branches.given(
        new BranchRegisteredEvent(
            BRANCH, "Công đoàn Văn phòng", "Công đoàn Viên chức tỉnh", Sector.STATE_AGENCY),
        new GroupAddedEvent(BRANCH, "to-1", "Tổ công đoàn số 1"));
    members.registerAnnotatedCommandHandler(
        new MemberCommandHandler(branches.getRepository(), members.getRepository()));
  }

  private static AdmitMemberCommand admit(String groupId) {
    return new AdmitMemberCommand(
        MEMBER,
        BRANCH,
        groupId,
        "Nguyễn Thị Hoà",
        Gender.FEMALE,
        LocalDate.of(1988, 3, 8),
        LocalDate.of(2024, 1, 2),
        "Tổ trưởng");
  }

  @Test
  void admittingAMemberIntoAnExistingGroupRecordsTheAdmission() {
    members
        .givenNoPriorActivity()
        .when(admit("to-1"))
        .expectSuccessfulHandlerExecution()
        .expectEvents(
            new MemberAdmittedEvent(
                MEMBER,
                BRANCH,
                "to-1",
                "Nguyễn Thị Hoà",
                Gender.FEMALE,
                LocalDate.of(1988, 3, 8),
                LocalDate.of(2024, 1, 2),
                "Tổ trưởng"));
  }

  @Test
  void admittingIntoAnUnknownGroupIsRefused() {
    members
        .givenNoPriorActivity()
        .when(admit("to-9"))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }
}
