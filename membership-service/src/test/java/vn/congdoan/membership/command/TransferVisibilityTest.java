package vn.congdoan.membership.command;

import static vn.congdoan.membership.command.BranchMother.BRANCH;
import static vn.congdoan.membership.command.BranchMother.GROUP_1;
import static vn.congdoan.membership.command.BranchMother.HONG;
import static vn.congdoan.membership.command.BranchMother.REGISTERED;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.BranchDissolvedEvent;
import vn.congdoan.membership.api.BranchRegisteredEvent;
import vn.congdoan.membership.api.GroupAddedEvent;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.membership.api.TransferMemberCommand;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.RuleViolationException;

/**
 * What a transfer's refusal says about the receiving branch depends on who asks: federation staff
 * and administrators see every branch and are told what is wrong with it; a branch officer cannot
 * see it and is told only that it is not found, whatever the problem.
 */
class TransferVisibilityTest {
  private static final BranchId TO = new BranchId("so-tu-phap");
  private static final LocalDate ON = LocalDate.of(2025, 5, 31);
  private static final String NOT_FOUND = "Branch so-tu-phap not found";

  private final BranchesFixture fixture = new BranchesFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  private BranchesFixture given(Object... receiving) {
    return fixture
        .given(BRANCH, REGISTERED, GROUP_1, BranchMother.hongAdmitted())
        .given(
            TO,
            new BranchRegisteredEvent(TO, "Công đoàn Sở Tư pháp", "CĐVC tỉnh", Sector.STATE_AGENCY),
            new GroupAddedEvent(TO, new GroupId("to-1"), "Tổ 1"))
        .given(TO, receiving);
  }

  private static TransferMemberCommand transfer(BranchId to, String group, boolean visible) {
    return new TransferMemberCommand(BRANCH, HONG, new GroupId(group), to, ON, visible);
  }

  @Test
  void anUnknownBranchIsNotFoundForEveryone() {
    given()
        .when(transfer(new BranchId("nowhere"), "to-1", true))
        .expectException(NotFoundException.class, "Branch nowhere not found");
  }

  @Test
  void aDissolvedBranchIsARefusedRuleForWhoCanSeeIt() {
    given(new BranchDissolvedEvent(TO, ON.minusDays(1), "4133/TLĐ-ToC"))
        .when(transfer(TO, "to-1", true))
        .expectException(
            RuleViolationException.class,
            "Branch so-tu-phap was dissolved on 2025-05-30 (4133/TLĐ-ToC): it records nothing new");
  }

  @Test
  void aDissolvedBranchIsNotFoundForAnOfficer() {
    given(new BranchDissolvedEvent(TO, ON.minusDays(1), "4133/TLĐ-ToC"))
        .when(transfer(TO, "to-1", false))
        .expectException(NotFoundException.class, NOT_FOUND);
  }

  @Test
  void aGroupTheBranchDoesNotHaveIsARefusedRuleForWhoCanSeeIt() {
    given()
        .when(transfer(TO, "to-8", true))
        .expectException(RuleViolationException.class, "Branch so-tu-phap has no group to-8");
  }

  @Test
  void aGroupTheBranchDoesNotHaveIsNotFoundForAnOfficer() {
    given().when(transfer(TO, "to-8", false)).expectException(NotFoundException.class, NOT_FOUND);
  }

  @Test
  void aMemberAlreadyThereIsAConflictForWhoCanSeeIt() {
    given(alsoAdmittedThere())
        .when(transfer(TO, "to-1", true))
        .expectException(
            ConflictException.class, "Member nguyen-thi-hong is already in branch so-tu-phap");
  }

  @Test
  void aMemberAlreadyThereIsNotFoundForAnOfficer() {
    given(alsoAdmittedThere())
        .when(transfer(TO, "to-1", false))
        .expectException(NotFoundException.class, NOT_FOUND);
  }

  @Test
  void whatIsWrongOnTheOfficersOwnSideIsStillSaid() {
    given()
        .given(BRANCH, BranchMother.departed(HONG, ON.minusDays(1)))
        .when(transfer(TO, "to-1", false))
        .expectException(
            RuleViolationException.class, "Member nguyen-thi-hong already left on 2025-05-30");
  }

  /** Not possible through the API (ids are claimed province-wide); a damaged history could. */
  private static MemberAdmittedEvent alsoAdmittedThere() {
    MemberAdmittedEvent hong = BranchMother.hongAdmitted();
    return new MemberAdmittedEvent(
        HONG,
        TO,
        new GroupId("to-1"),
        hong.personal(),
        hong.gender(),
        hong.birthYear(),
        hong.joinedOn(),
        hong.position(),
        hong.honorary());
  }
}
