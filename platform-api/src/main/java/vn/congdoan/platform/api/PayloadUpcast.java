package vn.congdoan.platform.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of an event's JSON payload from one {@code @Revision} to the next. Stored events and
 * published records are never rewritten: whoever reads them — the event store loading an aggregate,
 * every Kafka consumer — passes an old payload through the steps on the way in. A step lives next
 * to its event in the api module, is named {@code <Event><from>_to_<to>Upcaster} and has a public
 * no-argument constructor (steps are found on the class path).
 */
public abstract class PayloadUpcast {
  private final String type;
  private final String fromRevision;
  private final String toRevision;

  /** A step of {@code event}'s payload (named by its {@link WireName}) from one revision on. */
  protected PayloadUpcast(Class<?> event, String fromRevision, String toRevision) {
    this.type = event.getAnnotation(WireName.class).value();
    this.fromRevision = fromRevision;
    this.toRevision = toRevision;
  }

  /** The event's {@link WireName}. */
  public final String type() {
    return type;
  }

  public final String fromRevision() {
    return fromRevision;
  }

  public final String toRevision() {
    return toRevision;
  }

  /** Changes {@code payload}, a private copy, from {@link #fromRevision} to {@link #toRevision}. */
  public abstract void upcast(ObjectNode payload);
}
