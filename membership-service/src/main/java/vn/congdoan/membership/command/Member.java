package vn.congdoan.membership.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.congdoan.membership.api.AdmitMemberCommand;
import vn.congdoan.membership.api.BranchId;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberId;
import vn.congdoan.membership.api.RecordDepartureCommand;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.RuleViolationException;

/** One union member's life in the union. Created by {@link MemberCommandHandler}. */
@Aggregate
public class Member {
  @AggregateIdentifier private MemberId memberId;
  private BranchId branchId;
  private LocalDate joinedOn;
  private LocalDate departedOn;

  protected Member() {}

  Member(AdmitMemberCommand c) {
    apply(
        new MemberAdmittedEvent(
            c.memberId(),
            c.branchId(),
            c.groupId(),
            c.fullName(),
            c.gender(),
            c.dateOfBirth(),
            c.joinedOn(),
            c.position()));
  }

  @CommandHandler
  void handle(RecordDepartureCommand c) {
    if (!branchId.equals(c.branchId())) {
      // Asked through another branch: as far as that branch knows, there is no such member.
      throw new NotFoundException("Member " + memberId + " not found in branch " + c.branchId());
    }
    if (departedOn != null) {
      throw new RuleViolationException("Member " + memberId + " already left on " + departedOn);
    }
    if (c.effectiveOn().isBefore(joinedOn)) {
      throw new RuleViolationException(
          "Member "
              + memberId
              + " cannot leave on "
              + c.effectiveOn()
              + ", before joining on "
              + joinedOn);
    }
    apply(new MemberDepartedEvent(memberId, branchId, c.reason(), c.effectiveOn()));
  }

  @EventSourcingHandler
  void on(MemberAdmittedEvent event) {
    memberId = event.memberId();
    branchId = event.branchId();
    joinedOn = event.joinedOn();
  }

  @EventSourcingHandler
  void on(MemberDepartedEvent event) {
    departedOn = event.effectiveOn();
  }
}
