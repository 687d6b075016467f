package vn.congdoan.membership.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.congdoan.membership.api.AdmitMemberCommand;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberId;

/** One union member's life in the union. Created by {@link MemberCommandHandler}. */
@Aggregate
public class Member {
  @AggregateIdentifier private MemberId memberId;

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

  @EventSourcingHandler
  void on(MemberAdmittedEvent event) {
    memberId = event.memberId();
  }
}
