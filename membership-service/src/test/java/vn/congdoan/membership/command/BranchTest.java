package vn.congdoan.membership.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.AddGroupCommand;
import vn.congdoan.membership.api.BranchRegisteredEvent;
import vn.congdoan.membership.api.GroupAddedEvent;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.GroupRenamedEvent;
import vn.congdoan.membership.api.RegisterBranchCommand;
import vn.congdoan.membership.api.RenameGroupCommand;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.NotFoundException;

class BranchTest {
  private static final BranchId BRANCH = new BranchId("vp-doan-dbqh");
  private static final BranchRegisteredEvent REGISTERED =
      new BranchRegisteredEvent(
          BRANCH,
          "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh",
          "Công đoàn Viên chức tỉnh",
          Sector.STATE_AGENCY);

  private AggregateTestFixture<Branch> fixture;

  @BeforeEach
  void setUp() {
    fixture = BranchMother.fixture(new FakeKeys(), new FakeClaims());
  }

  @Test
  void registeringABranchRecordsItWithItsVietnameseName() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RegisterBranchCommand(
                BRANCH, REGISTERED.name(), REGISTERED.parentUnion(), Sector.STATE_AGENCY))
        .expectEvents(REGISTERED);
  }

  @Test
  void addingAGroupRecordsIt() {
    fixture
        .given(REGISTERED)
        .when(new AddGroupCommand(BRANCH, new GroupId("to-1"), "Tổ công đoàn số 1"))
        .expectEvents(new GroupAddedEvent(BRANCH, new GroupId("to-1"), "Tổ công đoàn số 1"));
  }

  @Test
  void addingAGroupTwiceIsAConflict() {
    fixture
        .given(REGISTERED, new GroupAddedEvent(BRANCH, new GroupId("to-1"), "Tổ công đoàn số 1"))
        .when(new AddGroupCommand(BRANCH, new GroupId("to-1"), "Tổ 1 khác"))
        .expectException(ConflictException.class)
        .expectNoEvents();
  }

  @Test
  void renamingAGroupRecordsTheNewName() {
    fixture
        .given(REGISTERED, new GroupAddedEvent(BRANCH, new GroupId("to-1"), "Tổ công đoàn số 1"))
        .when(new RenameGroupCommand(BRANCH, new GroupId("to-1"), "Tổ Hành chính – Tổ chức"))
        .expectEvents(
            new GroupRenamedEvent(BRANCH, new GroupId("to-1"), "Tổ Hành chính – Tổ chức"));
  }

  @Test
  void renamingAGroupToItsOwnNameRecordsNothing() {
    fixture
        .given(REGISTERED, new GroupAddedEvent(BRANCH, new GroupId("to-1"), "Tổ công đoàn số 1"))
        .when(new RenameGroupCommand(BRANCH, new GroupId("to-1"), "Tổ công đoàn số 1"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void renamingAnUnknownGroupIsNotFound() {
    fixture
        .given(REGISTERED)
        .when(new RenameGroupCommand(BRANCH, new GroupId("to-9"), "Tổ 9"))
        .expectException(NotFoundException.class)
        .expectNoEvents();
  }
}
