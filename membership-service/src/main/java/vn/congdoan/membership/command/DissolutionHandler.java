package vn.congdoan.membership.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.congdoan.membership.api.DissolveBranchCommand;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;

/**
 * A dissolution ends every membership still open on its effective date, then closes the branch, so
 * staff need not depart each member first. When another branch receives the members, each moves
 * there as in a transfer ({@link TransferHandler}); both branches change in one unit of work, so no
 * member is ever counted in neither or in both.
 */
@Component
public class DissolutionHandler {
  private final Repository<Branch> branches;

  public DissolutionHandler(Repository<Branch> branches) {
    this.branches = branches;
  }

  /** Returns how many memberships the dissolution ended. */
  @CommandHandler
  public int handle(DissolveBranchCommand c) {
    if (c.receivingGroupId() != null && c.receivingBranchId() == null) {
      throw new BadRequestException(Refusal.of("membership.dissolution.group-without-branch"));
    }
    Aggregate<Branch> dissolving = branches.load(c.branchId().value());
    List<MemberState> wound = dissolving.invoke(b -> b.membersToWindUp(c.effectiveOn()));
    if (c.receivingBranchId() == null) {
      dissolving.execute(
          b -> {
            b.roster().departWithBranch(wound, c.effectiveOn());
            b.dissolve(c.effectiveOn(), c.reason());
          });
      return wound.size();
    }
    // Refuse before anything is applied, so a refused dissolution leaves both branches untouched.
    Aggregate<Branch> receiving = receiving(c);
    GroupId group = receiving.invoke(b -> b.receivingGroup(c.receivingGroupId(), c.branchId()));
    receiving.execute(b -> wound.forEach(m -> b.roster().checkArrival(m.memberId())));
    if (!wound.isEmpty()) {
      String name = dissolving.invoke(Branch::name);
      receiving.execute(b -> b.addGroupIfAbsent(group, name));
    }
    dissolving.execute(
        b ->
            wound.forEach(
                m -> b.roster().transferOut(m.memberId(), c.receivingBranchId(), c.effectiveOn())));
    receiving.execute(
        b -> wound.forEach(m -> b.roster().transferIn(m, c.branchId(), group, c.effectiveOn())));
    dissolving.execute(b -> b.dissolve(c.effectiveOn(), c.reason()));
    return wound.size();
  }

  private Aggregate<Branch> receiving(DissolveBranchCommand c) {
    if (c.receivingBranchId().equals(c.branchId())) {
      throw new RuleViolationException(
          Refusal.of("membership.dissolution.own-members", c.branchId()));
    }
    Aggregate<Branch> receiving;
    try {
      receiving = branches.load(c.receivingBranchId().value());
    } catch (AggregateNotFoundException e) {
      throw new RuleViolationException(
          Refusal.of("membership.dissolution.receiving-unknown", c.receivingBranchId()));
    }
    LocalDate closed = receiving.invoke(Branch::dissolvedOn);
    if (closed != null) {
      throw new RuleViolationException(
          Refusal.of(
              "membership.dissolution.receiving-dissolved",
              c.receivingBranchId(),
              closed,
              c.branchId()));
    }
    return receiving;
  }
}
