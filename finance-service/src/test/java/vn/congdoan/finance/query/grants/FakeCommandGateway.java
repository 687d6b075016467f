package vn.congdoan.finance.query.grants;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import vn.congdoan.finance.api.RecordGrantExpenseCommand;
import vn.congdoan.platform.api.RuleViolationException;

/** Records what was sent; refuses one grant, or fails everything like a store that is away. */
final class FakeCommandGateway implements CommandGateway {
  final List<CommandMessage<?>> sent = new ArrayList<>();
  String refuse;
  boolean down;

  @Override
  public <R> R sendAndWait(Object command) {
    if (down) {
      throw new IllegalStateException("MongoDB away");
    }
    var message = (CommandMessage<?>) command;
    if (message.getPayload() instanceof RecordGrantExpenseCommand c && c.grantId().equals(refuse)) {
      throw new RuleViolationException("no");
    }
    sent.add(message);
    return null;
  }

  @Override
  public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
    return sendAndWait(command);
  }

  @Override
  public <C, R> void send(C command, CommandCallback<? super C, ? super R> cb) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <R> CompletableFuture<R> send(Object command) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Registration registerDispatchInterceptor(
      MessageDispatchInterceptor<? super CommandMessage<?>> i) {
    throw new UnsupportedOperationException();
  }
}
