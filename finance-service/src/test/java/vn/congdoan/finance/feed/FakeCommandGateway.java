package vn.congdoan.finance.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.api.RuleViolationException;

/**
 * Records what was sent and answers with {@code result}; refuses the commands {@code refuse} picks
 * as the ledger would, or fails everything like a store that is away.
 */
public final class FakeCommandGateway implements CommandGateway {
  public final List<CommandMessage<?>> sent = new ArrayList<>();
  public Predicate<Object> refuse = command -> false;
  public Function<Object, Object> result = command -> null;
  public boolean down;

  /**
   * Asserts that exactly one command went out: {@code payload}, sent as whom and for which branch.
   */
  public void assertOnlySent(Object payload, String user, String branch, String correlationId) {
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).getPayload()).isEqualTo(payload);
    assertThat(sent.get(0).getMetaData())
        .containsEntry(MetadataKeys.USER, user)
        .containsEntry(MetadataKeys.BRANCH, branch)
        .containsEntry(MetadataKeys.CORRELATION_ID, correlationId);
  }

  @Override
  public <R> R sendAndWait(Object command) {
    if (down) {
      throw new IllegalStateException("MongoDB away");
    }
    var message = (CommandMessage<?>) command;
    if (refuse.test(message.getPayload())) {
      throw new RuleViolationException("no");
    }
    sent.add(message);
    @SuppressWarnings("unchecked")
    R answer = (R) result.apply(message.getPayload());
    return answer;
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
