package vn.congdoan.platform.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
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

  private final CommandGateway gateway;

  public CommandSender(CommandGateway gateway) {
    this.gateway = gateway;
  }

  /** Sends and waits; the handler's own exception comes back as thrown. */
  public <R> R send(Object command, String branchId) {
    return gateway.sendAndWait(
        GenericCommandMessage.asCommandMessage(command).andMetaData(metadata(branchId)));
  }

  /**
   * The id for something the client did not name. Under an {@code Idempotency-Key} it is derived
   * from the user, the path and the key, so a retry after a crash that lost the first answer tries
   * the same id again and is refused as a duplicate instead of being recorded twice.
   */
  public static String newId() {
    return newId("");
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
