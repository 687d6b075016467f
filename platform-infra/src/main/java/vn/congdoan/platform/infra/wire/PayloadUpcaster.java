package vn.congdoan.platform.infra.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import vn.congdoan.platform.api.PayloadUpcast;

/** One {@link PayloadUpcast} as Axon applies it to events read from the store. */
final class PayloadUpcaster extends SingleEventUpcaster {
  private final PayloadUpcast step;

  PayloadUpcaster(PayloadUpcast step) {
    this.step = step;
  }

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation event) {
    return step.type().equals(event.getType().getName())
        && Objects.equals(step.fromRevision(), event.getType().getRevision());
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
    return event.upcastPayload(
        new SimpleSerializedType(step.type(), step.toRevision()),
        JsonNode.class,
        payload -> {
          ObjectNode copy = (ObjectNode) payload.deepCopy();
          step.upcast(copy);
          return copy;
        });
  }
}
