package vn.congdoan.membership.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.AddGroupCommand;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.DissolveBranchCommand;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.MemberTransferredInEvent;
import vn.congdoan.membership.api.MemberTransferredOutEvent;
import vn.congdoan.membership.api.RecordDepartureCommand;
import vn.congdoan.membership.api.RegisterBranchCommand;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.membership.api.TransferMemberCommand;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.RuleViolationException;

/** Two branches in one Axon configuration: a transfer changes both or neither. */
class TransferBetweenBranchesTest {
  private static final BranchId FROM = BranchMother.BRANCH;
  private static final BranchId TO = new BranchId("so-tu-phap");
  private static final LocalDate ON = LocalDate.of(2025, 5, 31);
  private static final MemberId HONG = BranchMother.HONG;

  private BranchesFixture branches;
  private CommandGateway commands;

  @BeforeEach
  void start() {
    branches = new BranchesFixture();
    commands = branches.commands();
    for (BranchId b : List.of(FROM, TO)) {
      commands.sendAndWait(
          new RegisterBranchCommand(b, "CĐ " + b, "CĐVC tỉnh", Sector.STATE_AGENCY));
      commands.sendAndWait(new AddGroupCommand(b, new GroupId("to-1"), "Tổ 1"));
    }
    commands.sendAndWait(BranchMother.admit(HONG, BranchMother.HONG_DATA, "to-1"));
  }

  @AfterEach
  void stop() {
    branches.close();
  }

  private List<Object> events(BranchId branch) {
    return branches.stored(branch);
  }

  @Test
  void theMemberLeavesOneBranchAndJoinsTheOtherOnTheSameDay() {
    commands.sendAndWait(new TransferMemberCommand(FROM, HONG, new GroupId("to-1"), TO, ON));

    assertThat(events(FROM)).last().isEqualTo(new MemberTransferredOutEvent(HONG, FROM, TO, ON));
    MemberTransferredInEvent in = (MemberTransferredInEvent) events(TO).get(events(TO).size() - 1);
    assertThat(in.fromBranchId()).isEqualTo(FROM);
    assertThat(in.effectiveOn()).isEqualTo(ON);
    assertThat(in.firstJoinedOn()).isEqualTo(BranchMother.JOINED);
    assertThat(in.personal()).isEqualTo(FakeKeys.sealed(BranchMother.HONG_DATA));
    assertThat(in.groupId()).isEqualTo(new GroupId("to-1"));
  }

  @Test
  void aTransferredMemberCannotLeaveTheOldBranchAgainButCanLeaveTheNewOne() {
    commands.sendAndWait(new TransferMemberCommand(FROM, HONG, new GroupId("to-1"), TO, ON));

    assertThatThrownBy(
            () ->
                commands.sendAndWait(
                    new RecordDepartureCommand(
                        FROM, HONG, DepartureReason.RETIRED, ON.plusDays(1))))
        .isInstanceOf(RuleViolationException.class);
    commands.sendAndWait(
        new RecordDepartureCommand(TO, HONG, DepartureReason.RETIRED, ON.plusDays(1)));
  }

  @Test
  void aTransferToAnUnknownBranchChangesNothing() {
    int before = events(FROM).size();
    assertThatThrownBy(
            () ->
                commands.sendAndWait(
                    new TransferMemberCommand(
                        FROM, HONG, new GroupId("to-1"), new BranchId("nowhere"), ON)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Branch nowhere not found");
    assertThat(events(FROM)).hasSize(before);
  }

  @Test
  void aTransferToADissolvedBranchChangesNothing() {
    commands.sendAndWait(new DissolveBranchCommand(TO, ON.minusDays(1), "4133/TLĐ-ToC"));
    int before = events(FROM).size();
    assertThatThrownBy(
            () ->
                commands.sendAndWait(
                    new TransferMemberCommand(FROM, HONG, new GroupId("to-1"), TO, ON)))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("was dissolved");
    assertThat(events(FROM)).hasSize(before);
  }

  @Test
  void aTransferIntoAGroupTheOtherBranchDoesNotHaveChangesNothing() {
    int before = events(FROM).size();
    assertThatThrownBy(
            () ->
                commands.sendAndWait(
                    new TransferMemberCommand(FROM, HONG, new GroupId("to-8"), TO, ON)))
        .isInstanceOf(RuleViolationException.class);
    assertThat(events(FROM)).hasSize(before);
  }

  @Test
  void aMemberCanComeBackToTheFirstBranchButNotBeforeArrivingInTheSecond() {
    commands.sendAndWait(new TransferMemberCommand(FROM, HONG, new GroupId("to-1"), TO, ON));
    assertThatThrownBy(
            () ->
                commands.sendAndWait(
                    new TransferMemberCommand(
                        TO, HONG, new GroupId("to-1"), FROM, ON.minusDays(1))))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("before joining on " + ON);

    commands.sendAndWait(
        new TransferMemberCommand(TO, HONG, new GroupId("to-1"), FROM, ON.plusDays(2)));

    assertThat(events(FROM)).last().isInstanceOf(MemberTransferredInEvent.class);
    assertThat(events(TO)).last().isInstanceOf(MemberTransferredOutEvent.class);
  }
}
