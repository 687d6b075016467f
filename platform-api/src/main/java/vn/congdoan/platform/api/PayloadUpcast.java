package vn.congdoan.platform.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of an event's JSON payload from one {@code @Revision} to the next. Stored events and
 * published records are never rewritten: whoever reads them — the event store loading an aggregate,
 * every Kafka consumer — passes an old payload through the steps on the way in. An implementation
 * lives next to its event in the api module, is named {@code <Event><from>_to_<to>Upcaster} and has
 * a public no-argument constructor (steps are found on the class path).
 */
public interface PayloadUpcast {
  /** The event's {@link WireName}. */
  String type();

  String fromRevision();

  String toRevision();

  /** Changes {@code payload}, a private copy, from {@link #fromRevision} to {@link #toRevision}. */
  void upcast(ObjectNode payload);
}
