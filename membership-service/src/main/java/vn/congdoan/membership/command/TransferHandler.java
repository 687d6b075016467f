package vn.congdoan.membership.command;

import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.congdoan.membership.api.TransferMemberCommand;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;
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
            Refusal.of("membership.transfer.group-in-branch", c.branchId()));
      }
      from.execute(b -> b.roster().moveToGroup(c.memberId(), c.toGroupId(), c.effectiveOn()));
      return;
    }
    if (c.toGroupId() == null) {
      throw new RuleViolationException(
          Refusal.of("membership.transfer.group-of-target", c.toBranchId()));
    }
    // Refuse before anything is applied, so a refused transfer leaves both branches untouched;
    // the caller's own branch first, then the one they may not be allowed to see.
    from.execute(b -> b.roster().checkTransferOut(c.memberId(), c.effectiveOn()));
    Aggregate<Branch> to = aboutTarget(c, () -> target(c));
    aboutTarget(
        c,
        () -> {
          to.execute(b -> b.roster().checkTransferIn(c.memberId(), c.toGroupId()));
          return to;
        });
    MemberState moving =
        from.invoke(b -> b.roster().transferOut(c.memberId(), c.toBranchId(), c.effectiveOn()));
    to.execute(b -> b.roster().transferIn(moving, c.branchId(), c.toGroupId(), c.effectiveOn()));
  }

  private Aggregate<Branch> target(TransferMemberCommand c) {
    try {
      return branches.load(c.toBranchId().value());
    } catch (AggregateNotFoundException e) {
      throw new NotFoundException(Refusal.of("membership.branch.not-found", c.toBranchId()));
    }
  }

  /**
   * A caller who cannot see the target branch learns nothing of it beyond "not found": not that it
   * exists but is dissolved, which groups it has, or who is in it.
   */
  private static <T> T aboutTarget(TransferMemberCommand c, Supplier<T> step) {
    try {
      return step.get();
    } catch (RuleViolationException | ConflictException | NotFoundException e) {
      if (c.targetVisible()) {
        throw e;
      }
      throw new NotFoundException(Refusal.of("membership.branch.not-found", c.toBranchId()));
    }
  }
}
