package vn.congdoan.platform.infra.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.infra.security.CurrentUser;

/**
 * Sends a command on behalf of the current HTTP request, so every event it records says who asked,
 * for which branch, under which correlation id and idempotency key.
 */
public class CommandSender {
  public static final String CORRELATION_HEADER = "X-Correlation-Id";

  /**
   * A correlation id kept as the client sent it: up to 100 letters, digits and {@code . _ : -}.
   * Anything else (a formula, a line break, a novel) is replaced by one of ours: it is copied into
   * every event, every log line and the auditors' exports.
   */
  private static final Pattern CORRELATION = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  /** How often a write that lost its stream position is tried in all. */
  static final int ATTEMPTS = 4;

  private final CommandGateway gateway;
  private final Counter retried;

  public CommandSender(CommandGateway gateway, MeterRegistry metrics) {
    this.gateway = gateway;
    this.retried =
        Counter.builder("platform.commands.retried")
            .description("Commands tried again after losing a race for their stream position")
            .register(metrics);
  }

  /**
   * Sends and waits; the handler's own exception comes back as thrown. A write that lost a race for
   * its stream position (another instance appended to the same aggregate between this one's read
   * and its append) recorded nothing and dropped the cached aggregate: it is tried again from the
   * store, up to {@link #ATTEMPTS} times in all after a short random pause, before a conflict
   * reaches the caller. Once is not enough when two instances write one busy branch without pause:
   * a measured one write in eight still lost twice.
   */
  public <R> R send(Object command, String branchId) {
    var message = GenericCommandMessage.asCommandMessage(command).andMetaData(metadata(branchId));
    for (int attempt = 1; ; attempt++) {
      try {
        return gateway.sendAndWait(message);
      } catch (ConcurrencyException raced) {
        if (attempt == ATTEMPTS) {
          throw raced;
        }
        retried.increment();
        pause(attempt);
      }
    }
  }

  /** A pause that grows with the attempt, random so that two racing writers fall apart. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The id for something the client did not name. Under an {@code Idempotency-Key} it is derived
   * from the user, the path and the key, so a retry after a crash that lost the first answer tries
   * the same id again and is refused as a duplicate instead of being recorded twice.
   */
  public static String newId() {
    return newId("");
  }

  /** The id the client named for what it creates, or {@link #newId()} where it named none. */
  public static String idOr(String given) {
    return given == null ? newId() : given;
  }

  /**
   * As {@link #newId()}, for one of several things one request creates ({@code part} tells which).
   */
  public static String newId(String part) {
    HttpServletRequest request = currentRequest();
    String key = request == null ? null : request.getHeader(IdempotencyFilter.HEADER);
    if (key == null) {
      return Ids.generate();
    }
    String scope = CurrentUser.nameOr("") + " " + request.getRequestURI() + " " + key + part;
    return UUID.nameUUIDFromBytes(scope.getBytes(StandardCharsets.UTF_8)).toString();
  }

  static MetaData metadata(String branchId) {
    Map<String, String> data = new HashMap<>();
    data.put(MetadataKeys.USER, CurrentUser.nameOr("system"));
    if (branchId != null) {
      data.put(MetadataKeys.BRANCH, branchId);
    }
    HttpServletRequest request = currentRequest();
    String correlation = request == null ? null : request.getHeader(CORRELATION_HEADER);
    data.put(
        MetadataKeys.CORRELATION_ID,
        correlation != null && CORRELATION.matcher(correlation).matches()
            ? correlation
            : UUID.randomUUID().toString());
    String key = request == null ? null : request.getHeader(IdempotencyFilter.HEADER);
    if (key != null) {
      data.put(MetadataKeys.IDEMPOTENCY_KEY, key);
    }
    return MetaData.from(data);
  }

  private static HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
        ? a.getRequest()
        : null;
  }
}
