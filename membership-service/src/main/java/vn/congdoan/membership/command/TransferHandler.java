package vn.congdoan.membership.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.congdoan.membership.api.TransferMemberCommand;
import vn.congdoan.platform.api.RuleViolationException;

/**
 * A transfer between branches changes two aggregates in one unit of work: both events are stored
 * together or not at all, so neither branch ever counts the member twice or loses them.
 */
@Component
public class TransferHandler {
  private final Repository<Branch> branches;

  public TransferHandler(Repository<Branch> branches) {
    this.branches = branches;
  }

  @CommandHandler
  public void handle(TransferMemberCommand c) {
    Aggregate<Branch> from = branches.load(c.branchId().value());
    if (c.toBranchId() == null || c.toBranchId().equals(c.branchId())) {
      if (c.toGroupId() == null) {
        throw new RuleViolationException(
            "toGroupId is needed: which group of branch " + c.branchId() + " the member moves to");
      }
      from.execute(b -> b.roster().moveToGroup(c.memberId(), c.toGroupId(), c.effectiveOn()));
      return;
    }
    if (c.toGroupId() == null) {
      throw new RuleViolationException(
          "toGroupId is needed: which group of branch " + c.toBranchId() + " the member joins");
    }
    // Refuse before anything is applied, so a refused transfer leaves both branches untouched.
    from.execute(b -> b.roster().known(c.memberId()));
    Aggregate<Branch> to = target(c);
    to.execute(b -> b.roster().checkTransferIn(c.memberId(), c.toGroupId()));
    MemberState moving =
        from.invoke(b -> b.roster().transferOut(c.memberId(), c.toBranchId(), c.effectiveOn()));
    to.execute(b -> b.roster().transferIn(moving, c.branchId(), c.toGroupId(), c.effectiveOn()));
  }

  private Aggregate<Branch> target(TransferMemberCommand c) {
    try {
      return branches.load(c.toBranchId().value());
    } catch (AggregateNotFoundException e) {
      throw new RuleViolationException("Branch " + c.toBranchId() + " is unknown");
    }
  }
}
