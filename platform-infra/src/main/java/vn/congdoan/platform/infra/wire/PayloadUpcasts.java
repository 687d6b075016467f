package vn.congdoan.platform.infra.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.PayloadUpcast;

/**
 * Every {@link PayloadUpcast} on the class path, chained by type and revision: what brings an old
 * payload to the revision the code reads, in the event store ({@link #axonChain}) and on Kafka
 * ({@link #upcast}).
 */
public final class PayloadUpcasts {
  private final Map<String, PayloadUpcast> steps = new HashMap<>();

  /** Every step of the platform's events, found once per process. */
  public static PayloadUpcasts platform() {
    return Platform.STEPS;
  }

  private static final class Platform {
    static final PayloadUpcasts STEPS = scan("vn.congdoan");
  }

  /** Finds the steps under {@code basePackage}. */
  public static PayloadUpcasts scan(String basePackage) {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(PayloadUpcast.class));
    var found = new ArrayList<PayloadUpcast>();
    for (var candidate : scanner.findCandidateComponents(basePackage)) {
      Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
      try {
        found.add((PayloadUpcast) type.getConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(type + " needs a public no-argument constructor", e);
      }
    }
    return of(found);
  }

  public static PayloadUpcasts of(List<PayloadUpcast> steps) {
    var upcasts = new PayloadUpcasts();
    for (PayloadUpcast step : steps) {
      if (upcasts.steps.put(key(step.type(), step.fromRevision()), step) != null) {
        throw new IllegalStateException(
            "Two upcasters of " + step.type() + " from revision " + step.fromRevision());
      }
    }
    return upcasts;
  }

  /** The envelope with its payload at the newest revision there are steps to. */
  public EventEnvelope upcast(EventEnvelope envelope) {
    PayloadUpcast step = steps.get(key(envelope.type(), envelope.revision()));
    if (step == null || !(envelope.payload() instanceof ObjectNode)) {
      return envelope;
    }
    String revision = envelope.revision();
    JsonNode payload = envelope.payload();
    while (step != null) {
      ObjectNode copy = (ObjectNode) payload.deepCopy();
      step.upcast(copy);
      payload = copy;
      revision = step.toRevision();
      step = steps.get(key(envelope.type(), revision));
    }
    return new EventEnvelope(
        envelope.eventId(),
        envelope.type(),
        revision,
        envelope.aggregateType(),
        envelope.aggregateId(),
        envelope.sequence(),
        envelope.timestamp(),
        envelope.metadata(),
        payload);
  }

  /** The same steps for Axon's event store, one upcaster each; the chain applies them in turn. */
  public EventUpcasterChain axonChain() {
    return new EventUpcasterChain(steps.values().stream().map(PayloadUpcaster::new).toList());
  }

  private static String key(String type, String revision) {
    return type + "@" + revision;
  }
}
