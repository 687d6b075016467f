package vn.congdoan.membership.command;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import vn.congdoan.membership.api.AdmitMemberCommand;
import vn.congdoan.membership.api.BranchRegisteredEvent;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupAddedEvent;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberTransferredInEvent;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.Position;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;

/** The model branch and its members, as events and commands for aggregate tests. */
final class BranchMother {
  static final BranchId BRANCH = new BranchId("vp-doan-dbqh");
  static final BranchRegisteredEvent REGISTERED =
      new BranchRegisteredEvent(
          BRANCH,
          "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh",
          "Công đoàn Viên chức tỉnh",
          Sector.STATE_AGENCY);
  static final GroupAddedEvent GROUP_1 =
      new GroupAddedEvent(BRANCH, new GroupId("to-1"), "Tổ công đoàn số 1");
  static final GroupAddedEvent GROUP_2 =
      new GroupAddedEvent(BRANCH, new GroupId("to-2"), "Tổ công đoàn số 2");
  static final MemberId HONG = new MemberId("nguyen-thi-hong");
  static final PersonalData HONG_DATA =
      new PersonalData("Nguyễn Thị Hồng", LocalDate.of(1985, 3, 8), "0912 345 678", null);
  static final LocalDate JOINED = LocalDate.of(2010, 5, 1);

  private BranchMother() {}

  static AggregateTestFixture<Branch> fixture(FakeKeys keys, FakeClaims claims) {
    AggregateTestFixture<Branch> fixture = new AggregateTestFixture<>(Branch.class);
    fixture.registerInjectableResource(keys);
    fixture.registerInjectableResource(claims);
    fixture.registerAnnotatedCommandHandler(new TransferHandler(fixture.getRepository()));
    fixture.registerAnnotatedCommandHandler(new DissolutionHandler(fixture.getRepository()));
    fixture.registerAnnotatedCommandHandler(new MemberDataHandler(fixture.getRepository(), keys));
    return fixture;
  }

  static AdmitMemberCommand admit(MemberId id, PersonalData data, String group) {
    return new AdmitMemberCommand(
        BRANCH, id, new GroupId(group), data, Gender.FEMALE, JOINED, Position.GROUP_LEADER, false);
  }

  static MemberAdmittedEvent admitted(MemberId id, PersonalData data, String group) {
    return new MemberAdmittedEvent(
        id,
        BRANCH,
        new GroupId(group),
        FakeKeys.sealed(data),
        Gender.FEMALE,
        data.dateOfBirth().getYear(),
        JOINED,
        Position.GROUP_LEADER,
        false);
  }

  /** A member moving on as they were admitted: their personal data and record go with them. */
  static MemberTransferredInEvent transferredIn(
      MemberAdmittedEvent admitted, BranchId from, BranchId to, String group, LocalDate on) {
    return new MemberTransferredInEvent(
        admitted.memberId(),
        to,
        from,
        new GroupId(group),
        admitted.personal(),
        admitted.gender(),
        admitted.birthYear(),
        admitted.joinedOn(),
        admitted.position(),
        admitted.honorary(),
        on);
  }

  static MemberAdmittedEvent hongAdmitted() {
    return admitted(HONG, HONG_DATA, "to-1");
  }

  static MemberDepartedEvent departed(MemberId id, LocalDate on) {
    return new MemberDepartedEvent(id, BRANCH, DepartureReason.TRANSFERRED_OUT, on);
  }
}
