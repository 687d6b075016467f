package vn.congdoan.membership.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.congdoan.membership.api.AddGroupCommand;
import vn.congdoan.membership.api.BranchId;
import vn.congdoan.membership.api.BranchRegisteredEvent;
import vn.congdoan.membership.api.GroupAddedEvent;
import vn.congdoan.membership.api.GroupRenamedEvent;
import vn.congdoan.membership.api.RegisterBranchCommand;
import vn.congdoan.membership.api.RenameGroupCommand;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.RuleViolationException;

/** A grassroots union and its groups. */
@Aggregate(cache = "branchCache")
public class Branch {
  @AggregateIdentifier private BranchId branchId;
  private final Map<String, String> groups = new HashMap<>();

  protected Branch() {}

  @CommandHandler
  public Branch(RegisterBranchCommand command) {
    apply(
        new BranchRegisteredEvent(
            command.branchId(), command.name(), command.parentUnion(), command.sector()));
  }

  @CommandHandler
  public void handle(AddGroupCommand command) {
    if (groups.containsKey(command.groupId())) {
      throw new ConflictException(
          "Group " + command.groupId() + " already exists in branch " + branchId);
    }
    apply(new GroupAddedEvent(branchId, command.groupId(), command.name()));
  }

  @CommandHandler
  public void handle(RenameGroupCommand command) {
    String current = groups.get(command.groupId());
    if (current == null) {
      throw new NotFoundException("Branch " + branchId + " has no group " + command.groupId());
    }
    if (!current.equals(command.name())) {
      apply(new GroupRenamedEvent(branchId, command.groupId(), command.name()));
    }
  }

  /** A member can only be admitted into an existing group of this branch. */
  void checkAdmissionInto(String groupId) {
    if (!groups.containsKey(groupId)) {
      throw new RuleViolationException("Branch " + branchId + " has no group " + groupId);
    }
  }

  @EventSourcingHandler
  void on(BranchRegisteredEvent event) {
    branchId = event.branchId();
  }

  @EventSourcingHandler
  void on(GroupAddedEvent event) {
    groups.put(event.groupId(), event.name());
  }

  @EventSourcingHandler
  void on(GroupRenamedEvent event) {
    groups.put(event.groupId(), event.name());
  }
}
