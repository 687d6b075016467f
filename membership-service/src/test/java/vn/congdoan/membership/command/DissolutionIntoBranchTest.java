package vn.congdoan.membership.command;

import static vn.congdoan.membership.command.BranchMother.BRANCH;
import static vn.congdoan.membership.command.BranchMother.GROUP_1;
import static vn.congdoan.membership.command.BranchMother.HONG;
import static vn.congdoan.membership.command.BranchMother.HONG_DATA;
import static vn.congdoan.membership.command.BranchMother.REGISTERED;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.BranchDissolvedEvent;
import vn.congdoan.membership.api.BranchRegisteredEvent;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.DissolveBranchCommand;
import vn.congdoan.membership.api.GroupAddedEvent;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberTransferredInEvent;
import vn.congdoan.membership.api.MemberTransferredOutEvent;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.RuleViolationException;

/** A dissolution whose members another branch receives: both branches change, or neither. */
class DissolutionIntoBranchTest {
  private static final BranchId TO = new BranchId("so-noi-vu");
  private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
  private static final String REASON = "Công văn 4133/TLĐ-ToC";
  private static final MemberId BINH = new MemberId("le-van-binh");
  private static final PersonalData BINH_DATA =
      new PersonalData("Lê Văn Bình", LocalDate.of(1979, 1, 2), null, null);
  private static final Object[] RECEIVING = {
    new BranchRegisteredEvent(TO, "Công đoàn Sở Nội vụ", "Công đoàn Viên chức tỉnh", Sector.OTHER),
    new GroupAddedEvent(TO, new GroupId("to-a"), "Tổ Văn phòng Sở")
  };

  private final BranchesFixture fixture = new BranchesFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  private BranchesFixture givenTwoMembersAndTheReceivingBranch() {
    return fixture
        .given(
            BRANCH,
            REGISTERED,
            GROUP_1,
            BranchMother.hongAdmitted(),
            BranchMother.admitted(BINH, BINH_DATA, "to-1"))
        .given(TO, RECEIVING);
  }

  private static DissolveBranchCommand into(BranchId receiving, String group) {
    return new DissolveBranchCommand(BRANCH, JUNE_1, REASON, receiving, GroupId.ofNullable(group));
  }

  private static MemberTransferredOutEvent out(MemberId id) {
    return new MemberTransferredOutEvent(id, BRANCH, TO, JUNE_1);
  }

  private static MemberTransferredInEvent in(MemberId id, PersonalData data, String group) {
    return BranchMother.transferredIn(
        BranchMother.admitted(id, data, "to-1"), BRANCH, TO, group, JUNE_1);
  }

  @Test
  void theMembersMoveIntoTheNamedGroupOfTheReceivingBranch() {
    givenTwoMembersAndTheReceivingBranch()
        .when(into(TO, "to-a"))
        .expectResult(2)
        .expectEvents(
            BRANCH, out(HONG), out(BINH), new BranchDissolvedEvent(BRANCH, JUNE_1, REASON))
        .expectEvents(TO, in(HONG, HONG_DATA, "to-a"), in(BINH, BINH_DATA, "to-a"));
  }

  @Test
  void withoutANamedGroupTheyJoinAGroupAddedUnderTheDissolvedBranchsIdAndName() {
    givenTwoMembersAndTheReceivingBranch()
        .when(into(TO, null))
        .expectEvents(
            TO,
            new GroupAddedEvent(TO, new GroupId(BRANCH.value()), REGISTERED.name()),
            in(HONG, HONG_DATA, BRANCH.value()),
            in(BINH, BINH_DATA, BRANCH.value()));
  }

  @Test
  void aGroupNamedAfterTheDissolvedBranchIsReusedIfTheReceivingBranchHasIt() {
    givenTwoMembersAndTheReceivingBranch()
        .given(TO, new GroupAddedEvent(TO, new GroupId(BRANCH.value()), "Tổ VP Đoàn ĐBQH"))
        .when(into(TO, null))
        .expectEvents(TO, in(HONG, HONG_DATA, BRANCH.value()), in(BINH, BINH_DATA, BRANCH.value()));
  }

  @Test
  void membersWhoLeftBeforeStayWhereTheyWere() {
    fixture
        .given(
            BRANCH,
            REGISTERED,
            GROUP_1,
            BranchMother.hongAdmitted(),
            BranchMother.admitted(BINH, BINH_DATA, "to-1"),
            BranchMother.departed(BINH, JUNE_1.minusDays(1)))
        .given(TO, RECEIVING)
        .when(into(TO, "to-a"))
        .expectResult(1)
        .expectEvents(TO, in(HONG, HONG_DATA, "to-a"));
  }

  @Test
  void anUnknownReceivingBranchIsRefused() {
    givenTwoMembersAndTheReceivingBranch()
        .when(into(new BranchId("nowhere"), null))
        .expectException(RuleViolationException.class, "Receiving branch nowhere is unknown");
  }

  @Test
  void aDissolvedReceivingBranchIsRefused() {
    givenTwoMembersAndTheReceivingBranch()
        .given(TO, new BranchDissolvedEvent(TO, JUNE_1.minusMonths(1), REASON))
        .when(into(TO, "to-a"))
        .expectException(
            RuleViolationException.class,
            "Receiving branch so-noi-vu was dissolved on 2025-05-01: name an open branch to"
                + " receive the members of branch vp-doan-dbqh");
  }

  @Test
  void theDissolvedBranchCannotReceiveItsOwnMembers() {
    givenTwoMembersAndTheReceivingBranch()
        .when(into(BRANCH, "to-1"))
        .expectException(
            RuleViolationException.class,
            "Branch vp-doan-dbqh cannot receive its own members: name another branch to receive"
                + " them");
  }

  @Test
  void aReceivingGroupTheReceivingBranchDoesNotHaveIsRefused() {
    givenTwoMembersAndTheReceivingBranch()
        .when(into(TO, "to-z"))
        .expectException(RuleViolationException.class, "Branch so-noi-vu has no group to-z");
  }

  @Test
  void aFutureDatedEndRefusesTheDissolutionBeforeAnythingMoves() {
    givenTwoMembersAndTheReceivingBranch()
        .given(
            BRANCH,
            new MemberDepartedEvent(BINH, BRANCH, DepartureReason.RETIRED, JUNE_1.plusDays(9)))
        .when(into(TO, "to-a"))
        .expectException(
            RuleViolationException.class,
            "Branch vp-doan-dbqh cannot be dissolved on 2025-06-01: 1 member(s) have a change of"
                + " their own recorded after that date, which the dissolution would overrule:"
                + " le-van-binh leaves (RETIRED) on 2025-06-10");
  }

  @Test
  void aMemberAlreadyInTheReceivingBranchIsAConflictThatMovesNobody() {
    givenTwoMembersAndTheReceivingBranch()
        .given(TO, in(BINH, BINH_DATA, "to-a"))
        .when(into(TO, null))
        .expectException(
            ConflictException.class, "Member le-van-binh is already in branch so-noi-vu");
  }
}
