package vn.congdoan.finance.feed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.kafka.support.Acknowledgment;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.platform.infra.feed.EventFeed;

/**
 * Turns another service's events into this ledger's commands, a Kafka batch at a time ({@link
 * EventFeed}). Offsets are acknowledged only once every command of the batch was handled; a failure
 * of the store throws and the batch comes again, which is safe because every command it sends is
 * idempotent. What can never succeed — a record that is no envelope, a payload that cannot be read,
 * a command the ledger refuses — is logged by where it is (never what it says: it may hold personal
 * data) and skipped, so it cannot hold back everything after it.
 */
public final class CommandFeed {
  /** The command an event calls for, if any. */
  public interface Translation {
    Optional<?> command(EventEnvelope envelope) throws Unreadable;
  }

  /** An event that can never become a command, however often it is delivered. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unreadable(String message) {
      super(message);
    }
  }

  private final EventFeed feed = EventFeed.upcasting();
  private final CommandGateway gateway;
  private final String user;
  private final Function<EventEnvelope, String> branchOf;
  private final BiConsumer<Object, Object> outcomes;

  /** {@code branchOf}: the branch an event is about, recorded with the command it becomes. */
  public CommandFeed(
      CommandGateway gateway, String user, Function<EventEnvelope, String> branchOf) {
    this(gateway, user, branchOf, (command, result) -> {});
  }

  /** As above; {@code outcomes} hears each command sent and what its handler returned. */
  public CommandFeed(
      CommandGateway gateway,
      String user,
      Function<EventEnvelope, String> branchOf,
      BiConsumer<Object, Object> outcomes) {
    this.gateway = gateway;
    this.user = user;
    this.branchOf = branchOf;
    this.outcomes = outcomes;
  }

  public void handle(
      List<ConsumerRecord<String, String>> records, Acknowledgment ack, Translation translation) {
    feed.take(records, ack, batch -> batch.forEach(r -> handle(r, translation)));
  }

  private void handle(EventFeed.Received received, Translation translation) {
    Optional<?> command;
    try {
      command = translation.command(received.envelope());
    } catch (Unreadable e) {
      EventFeed.skip(received.record(), "unreadable event (" + e.getMessage() + ")");
      return;
    }
    try {
      command.ifPresent(c -> send(c, received.envelope()));
    } catch (RuleViolationException e) {
      // The ledger will refuse it however often it is sent: waiting would stop everything after.
      EventFeed.skip(received.record(), "refused by the ledger: " + e.getMessage());
    }
  }

  private void send(Object command, EventEnvelope envelope) {
    Object result =
        gateway.sendAndWait(
            GenericCommandMessage.asCommandMessage(command)
                .andMetaData(metadata(user, branchOf.apply(envelope), envelope)));
    outcomes.accept(command, result);
  }

  /** Who sent it (this feed), for which branch, under the event's own correlation id. */
  static MetaData metadata(String user, String branch, EventEnvelope envelope) {
    Map<String, String> data = new HashMap<>();
    data.put(MetadataKeys.USER, user);
    Map<String, String> from = envelope.metadata() == null ? Map.of() : envelope.metadata();
    if (branch != null) {
      data.put(MetadataKeys.BRANCH, branch);
    }
    String correlation = from.get(MetadataKeys.CORRELATION_ID);
    if (correlation != null) {
      data.put(MetadataKeys.CORRELATION_ID, correlation);
    }
    return MetaData.from(data);
  }
}
