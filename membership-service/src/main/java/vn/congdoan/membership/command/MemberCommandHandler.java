package vn.congdoan.membership.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.congdoan.membership.api.AdmitMemberCommand;

/** Admission needs two aggregates: the branch checks the group, the member is created. */
@Component
public class MemberCommandHandler {
  private final Repository<Branch> branches;
  private final Repository<Member> members;

  public MemberCommandHandler(Repository<Branch> branches, Repository<Member> members) {
    this.branches = branches;
    this.members = members;
  }

  @CommandHandler
  public String handle(AdmitMemberCommand command) throws Exception {
    branches.load(command.branchId().value()).execute(b -> b.checkAdmissionInto(command.groupId()));
    members.newInstance(() -> new Member(command));
    return command.memberId().value();
  }
}
