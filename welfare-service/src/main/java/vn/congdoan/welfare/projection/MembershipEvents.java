package vn.congdoan.welfare.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberDataCorrectedEvent;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberTransferredInEvent;
import vn.congdoan.membership.api.MemberTransferredOutEvent;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.WireName;

/**
 * Reads {@code membership.events} record values: the envelope, then the payload of the few event
 * types that open or close a member's stay in a branch or correct their gender. Every other type
 * (groups, moves, erasure, branch records) says nothing the directory keeps.
 */
final class MembershipEvents {
  private static final Map<String, Class<?>> READ =
      Stream.of(
              MemberAdmittedEvent.class,
              MemberTransferredInEvent.class,
              MemberTransferredOutEvent.class,
              MemberDepartedEvent.class,
              MemberDataCorrectedEvent.class)
          .collect(
              Collectors.toMap(t -> t.getAnnotation(WireName.class).value(), Function.identity()));

  private final ObjectMapper json = EventJson.mapper();

  /**
   * The envelope, or empty when the value is not one: it can never be applied however often it is
   * delivered, so it is skipped rather than allowed to stop the stream.
   */
  Optional<EventEnvelope> envelope(String value) {
    return EventJson.envelope(value).filter(e -> e.aggregateId() != null);
  }

  /** The api record type the directory reads this envelope as, or empty if it ignores it. */
  Optional<Class<?>> typeOf(EventEnvelope envelope) {
    return Optional.ofNullable(READ.get(envelope.type()));
  }

  /** Throws {@link JsonProcessingException} when the payload does not fit {@code type}. */
  Object payload(EventEnvelope envelope, Class<?> type) throws JsonProcessingException {
    return json.treeToValue(envelope.payload(), type);
  }
}
