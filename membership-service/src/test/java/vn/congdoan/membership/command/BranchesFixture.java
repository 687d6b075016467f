package vn.congdoan.membership.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import vn.congdoan.platform.api.BranchId;

/**
 * Given/when/then over several branches in one Axon configuration, for the commands that change
 * more than one branch in a unit of work (AggregateTestFixture holds a single aggregate): given
 * each branch's history, when a command, then what each branch recorded, or a refusal that recorded
 * nothing anywhere.
 */
final class BranchesFixture implements AutoCloseable {
  final FakeKeys keys = new FakeKeys();
  private final Configuration axon;
  private final Set<BranchId> known = new LinkedHashSet<>();
  private final Map<BranchId, Integer> before = new HashMap<>();
  private Object result;
  private Exception failure;

  BranchesFixture() {
    axon =
        DefaultConfigurer.defaultConfiguration()
            .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
            .configureAggregate(Branch.class)
            .registerComponent(PersonalDataSealer.class, c -> keys)
            .registerComponent(MemberIdClaims.class, c -> new FakeClaims())
            .registerCommandHandler(c -> new TransferHandler(c.repository(Branch.class)))
            .registerCommandHandler(c -> new DissolutionHandler(c.repository(Branch.class)))
            .registerCommandHandler(c -> new MemberDataHandler(c.repository(Branch.class), keys))
            .start();
  }

  /** For tests that set branches up and act on them by command rather than given/when/then. */
  CommandGateway commands() {
    return axon.commandGateway();
  }

  BranchesFixture given(BranchId branch, Object... events) {
    known.add(branch);
    long sequence = stored(branch).size();
    for (Object event : events) {
      axon.eventStore()
          .publish(new GenericDomainEventMessage<>("Branch", branch.value(), sequence++, event));
    }
    return this;
  }

  BranchesFixture when(Object command) {
    known.forEach(b -> before.put(b, stored(b).size()));
    result = null;
    failure = null;
    try {
      result = axon.commandGateway().sendAndWait(command);
    } catch (Exception e) {
      failure = e;
    }
    return this;
  }

  /** What {@code branch} recorded in the command, in order. */
  List<Object> recorded(BranchId branch) {
    List<Object> all = stored(branch);
    return all.subList(before.getOrDefault(branch, 0), all.size());
  }

  BranchesFixture expectEvents(BranchId branch, Object... events) {
    assertThat(failure).as("the command failed").isNull();
    assertThat(recorded(branch)).as("recorded by %s", branch).containsExactly(events);
    return this;
  }

  BranchesFixture expectResult(Object expected) {
    assertThat(failure).as("the command failed").isNull();
    assertThat(result).isEqualTo(expected);
    return this;
  }

  /** The refusal, and that no branch recorded anything. */
  BranchesFixture expectException(Class<? extends Exception> type, String message) {
    assertThat(failure).isInstanceOf(type).hasMessage(message);
    known.forEach(b -> assertThat(recorded(b)).as("recorded by %s", b).isEmpty());
    return this;
  }

  /** Everything {@code branch} has recorded, in order. */
  List<Object> stored(BranchId branch) {
    return axon.eventStore()
        .readEvents(branch.value())
        .asStream()
        .map(EventMessage::getPayload)
        .map(Object.class::cast)
        .toList();
  }

  @Override
  public void close() {
    axon.shutdown();
  }
}
